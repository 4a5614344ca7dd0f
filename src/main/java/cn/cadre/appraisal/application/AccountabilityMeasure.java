package cn.cadre.appraisal.application;

import cn.cadre.appraisal.shared.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * 问责方式 the organisation department may propose for a cadre (《中国共产党问责条例》: 通报、诫勉、组织调整或者
 * 组织处理); 纪律处分 is the discipline organs' and is proposed as a referral.
 */
public enum AccountabilityMeasure {
  CIRCULATE("通报"),
  ADMONISH("诫勉"),
  ORGANISATIONAL("组织调整或者组织处理"),
  REFER("移送纪检监察机关");

  private final String label;

  AccountabilityMeasure(String label) {
    this.label = label;
  }

  public String label() { return label; }

  public static AccountabilityMeasure parse(String value) {
    String choices = Arrays.stream(values()).map(AccountabilityMeasure::label).collect(Collectors.joining("、"));
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("请选择问责方式：" + choices);
    }
    return Arrays.stream(values()).filter(m -> m.name().equals(value.strip()) || m.label.equals(value.strip()))
        .findFirst().orElseThrow(() -> new InvalidInputException("问责方式只能是 " + choices + "，不是“" + value + "”"));
  }
}
