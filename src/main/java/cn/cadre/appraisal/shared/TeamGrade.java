package cn.cadre.appraisal.shared;

import java.util.Arrays;

/** A leadership team's grade: 好 / 较好 / 一般 / 差. */
public enum TeamGrade {
  GOOD("好"),
  FAIRLY_GOOD("较好"),
  AVERAGE("一般"),
  POOR("差");

  private final String label;

  TeamGrade(String label) {
    this.label = label;
  }

  public String label() { return label; }

  /** True when this grade is better than the cap (好 is above 较好). */
  public boolean isAbove(TeamGrade cap) {
    return ordinal() < cap.ordinal();
  }

  public static TeamGrade parse(String value) {
    String v = value == null ? null : value.strip();
    return Arrays.stream(values()).filter(g -> g.name().equals(v) || g.label.equals(v)).findFirst()
        .orElseThrow(() -> new InvalidInputException("班子等次不在允许范围内: " + value
            + "（允许：好、较好、一般、差）"));
  }
}
