package cn.cadre.appraisal.scoring;

import cn.cadre.appraisal.shared.InvalidInputException;
import java.util.Arrays;

/** How the responsible office's figure becomes points: entered as points, or an actual value against a target. */
public enum ScoringMethod {
  ENTERED("直接评分"),
  /** points = full points × min(actual / target, 1): reaching the target earns full points. */
  TARGET("目标完成度");

  private final String label;

  ScoringMethod(String label) {
    this.label = label;
  }

  public String label() { return label; }

  public static ScoringMethod parse(String value) {
    String v = value == null ? "" : value.strip();
    return Arrays.stream(values()).filter(m -> m.name().equals(v) || m.label.equals(v)).findFirst()
        .orElseThrow(() -> new InvalidInputException("计分方法不在允许范围内: " + value + "（允许：直接评分、目标完成度）"));
  }
}
