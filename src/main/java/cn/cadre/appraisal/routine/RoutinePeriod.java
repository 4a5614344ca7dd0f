package cn.cadre.appraisal.routine;

import cn.cadre.appraisal.shared.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The period a routine round covers: a quarter, or a half year where a province scores twice a year. */
public enum RoutinePeriod {
  Q1("第一季度", 1, 3), Q2("第二季度", 4, 6), Q3("第三季度", 7, 9), Q4("第四季度", 10, 12),
  H1("上半年", 1, 6), H2("下半年", 7, 12);

  private final String label;
  private final int firstMonth;
  private final int lastMonth;

  RoutinePeriod(String label, int firstMonth, int lastMonth) {
    this.label = label;
    this.firstMonth = firstMonth;
    this.lastMonth = lastMonth;
  }

  public String label() {
    return label;
  }

  /** Ends at mid-year (Q2, H1): the units hear back on the half year. */
  public boolean endsMidYear() {
    return lastMonth == 6;
  }

  /** Within the first half of the year (Q1, Q2, H1). */
  boolean inFirstHalf() {
    return lastMonth <= 6;
  }

  /** Q1 and H1 cover the same months: a unit is scored once for them. */
  public boolean overlaps(RoutinePeriod other) {
    return firstMonth <= other.lastMonth && other.firstMonth <= lastMonth;
  }

  public static RoutinePeriod parse(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("请填写考核期间：" + choices());
    }
    return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(value.strip()) || p.label.equals(value.strip()))
        .findFirst().orElseThrow(() -> new InvalidInputException("考核期间只能是 " + choices() + "，不是“" + value + "”"));
  }

  private static String choices() {
    return Arrays.stream(values()).map(p -> p.name() + " " + p.label).collect(Collectors.joining("、"));
  }
}
