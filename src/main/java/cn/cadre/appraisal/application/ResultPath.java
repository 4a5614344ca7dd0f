package cn.cadre.appraisal.application;

import cn.cadre.appraisal.shared.InvalidInputException;

import java.util.Arrays;

/** The result-application paths result-application.dmn can open; the DMN output values, word for word. */
public enum ResultPath {
  PROMOTION("提拔使用"),
  COMMENDATION("嘉奖"),
  MERIT("记三等功"),
  PROGRESSIVE_TRAINING("点名调训"),
  TOPIC_TRAINING("专题培训"),
  REMINDER_TALK("谈话提醒"),
  ADMONITION_TALK("诫勉谈话"),
  ADJUSTMENT("组织调整"),
  DEMOTION("降职"),
  RECTIFICATION("整改"),
  PROMOTION_BAR("一年内不得提拔"),
  TEAM_SUMMONS("约谈领导班子"),
  TALENT_POOL("列入人才库"),
  ACCOUNTABILITY("问责");

  private final String label;

  ResultPath(String label) {
    this.label = label;
  }

  public String label() { return label; }

  public static ResultPath parse(String value) {
    return Arrays.stream(values()).filter(p -> p.name().equals(value)).findFirst()
        .orElseThrow(() -> new InvalidInputException("未知的结果运用路径: " + value));
  }
}
