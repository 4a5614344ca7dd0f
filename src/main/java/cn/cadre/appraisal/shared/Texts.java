package cn.cadre.appraisal.shared;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Free text from a form or a request, checked the same way everywhere: each problem is added to the
 * caller's list (so that every problem of a request is named at once), in the words users read.
 */
public final class Texts {

  private Texts() {}

  /** The text stripped; "请填写…" when blank, "…不能超过 N 字" when too long. */
  public static String required(String value, String what, int max, List<String> problems) {
    if (value == null || value.isBlank()) {
      problems.add("请填写" + what);
      return null;
    }
    return checked(value.strip(), what, max, problems);
  }

  /** The text stripped, or null when blank; "…不能超过 N 字" when too long. */
  public static String optional(String value, String what, int max, List<String> problems) {
    return value == null || value.isBlank() ? null : checked(value.strip(), what, max, problems);
  }

  /** One item per line: the non-empty lines stripped and joined again, or null when there are none. */
  public static String lines(String value, String what, int maxLine, List<String> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    List<String> lines = value.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).length() > maxLine) {
        problems.add(what + "第 " + (i + 1) + " 条超过 " + maxLine + " 字");
      }
    }
    return String.join("\n", lines);
  }

  /** Numbers 1…count separated by commas, 、 or spaces (e.g. items or targets not done); none when blank. */
  public static Set<Integer> numbers(String value, int count, String what, List<String> problems) {
    Set<Integer> numbers = new TreeSet<>();
    if (value == null || value.isBlank()) {
      return numbers;
    }
    for (String part : value.split("[,，、\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      try {
        int n = Integer.parseInt(part);
        if (n < 1 || n > count) {
          problems.add(what + "超出范围（1–" + count + "）：" + part);
        } else {
          numbers.add(n);
        }
      } catch (NumberFormatException e) {
        problems.add(what + "应为数字，用逗号分隔：" + part);
      }
    }
    return numbers;
  }

  private static String checked(String value, String what, int max, List<String> problems) {
    if (value.length() > max) {
      problems.add(what + "不能超过 " + max + " 字");
    }
    return value;
  }
}
