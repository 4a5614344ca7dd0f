package cn.cadre.appraisal.scoring;

import cn.cadre.appraisal.shared.InvalidInputException;
import java.util.Arrays;

/** 考卷: what a scored indicator measures (Jiangsu's three papers); each paper's weights sum to 100. */
public enum Paper {
  DEVELOPMENT("发展实绩"),
  PARTY_BUILDING("党的建设"),
  SATISFACTION("社会满意度");

  private final String label;

  Paper(String label) {
    this.label = label;
  }

  public String label() { return label; }

  /** By code or by its Chinese name (what a spreadsheet holds). */
  public static Paper parse(String value) {
    String v = value == null ? "" : value.strip();
    return Arrays.stream(values()).filter(p -> p.name().equals(v) || p.label.equals(v)).findFirst()
        .orElseThrow(() -> new InvalidInputException("指标类别不在允许范围内: " + value + "（允许：发展实绩、党的建设、社会满意度）"));
  }
}
