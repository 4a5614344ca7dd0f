package cn.cadre.appraisal.scoring;

import cn.cadre.appraisal.shared.InvalidInputException;
import java.util.Arrays;

/**
 * How a scheme forms a unit's total from its papers (the arithmetic itself is processes/unit-grade.dmn's):
 * Gansu's weighted sum of the papers, or Jiangsu's multiplier, development × (party building / base).
 */
public enum ScoringFormula {
  WEIGHTED_SUM("加权求和"),
  MULTIPLIER("乘数法");

  private final String label;

  ScoringFormula(String label) {
    this.label = label;
  }

  public String label() { return label; }

  public static ScoringFormula parse(String value) {
    String v = value == null ? "" : value.strip();
    return Arrays.stream(values()).filter(f -> f.name().equals(v) || f.label.equals(v)).findFirst()
        .orElseThrow(() -> new InvalidInputException("计分公式不在允许范围内: " + value + "（允许：加权求和、乘数法）"));
  }
}
