package cn.cadre.appraisal.shared;

import java.util.Arrays;

/** A cadre's grade (等次). Rank orders the four determined grades; UNDETERMINED has none. */
public enum Grade {
  EXCELLENT("优秀", 4),
  COMPETENT("称职", 3),
  BASICALLY_COMPETENT("基本称职", 2),
  INCOMPETENT("不称职", 1),
  /** 不确定等次: under disciplinary investigation or sanction. */
  UNDETERMINED("不确定等次", 0);

  private final String label;
  private final int rank;

  Grade(String label, int rank) {
    this.label = label;
    this.rank = rank;
  }

  public String label() { return label; }

  /** True when this grade is higher than the cap (an undetermined grade is never above a cap). */
  public boolean isAbove(Grade cap) {
    return this != UNDETERMINED && cap != UNDETERMINED && rank > cap.rank;
  }

  /** A grade by its code (what forms submit) or its Chinese name (what people type in a spreadsheet). */
  public static Grade parse(String value) {
    String v = value == null ? null : value.strip();
    return Arrays.stream(values()).filter(g -> g.name().equals(v) || g.label.equals(v)).findFirst()
        .orElseThrow(() -> new InvalidInputException("等次不在允许范围内: " + value
            + "（允许：优秀、称职、基本称职、不称职、不确定等次）"));
  }
}
