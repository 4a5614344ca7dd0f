package cn.cadre.appraisal.scoring;

import cn.cadre.appraisal.shared.InvalidInputException;
import java.util.Arrays;

/**
 * What an indicator does to a unit's result: scored indicators make up the papers; bonus and penalty
 * items add or take points (commendations, 加减分); a veto item (一票否决, e.g. 党风廉政, safety) decides
 * the grade whatever the score; a grade-lowering item (a discipline violation) lowers the unit one grade.
 */
public enum IndicatorKind {
  SCORED("计分指标"),
  BONUS("加分项"),
  PENALTY("减分项"),
  VETO("一票否决"),
  LOWER_GRADE("降低一个等次");

  private final String label;

  IndicatorKind(String label) {
    this.label = label;
  }

  public String label() { return label; }

  /** Veto and grade-lowering items are answered yes or no, not scored. */
  public boolean isYesNo() {
    return this == VETO || this == LOWER_GRADE;
  }

  public static IndicatorKind parse(String value) {
    String v = value == null ? "" : value.strip();
    return Arrays.stream(values()).filter(k -> k.name().equals(v) || k.label.equals(v)).findFirst()
        .orElseThrow(() -> new InvalidInputException("指标性质不在允许范围内: " + value
            + "（允许：计分指标、加分项、减分项、一票否决、降低一个等次）"));
  }
}
