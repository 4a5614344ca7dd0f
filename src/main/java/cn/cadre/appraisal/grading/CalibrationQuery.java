package cn.cadre.appraisal.grading;

import cn.cadre.appraisal.shared.InvalidInputException;

import java.util.Set;

/**
 * Which rows of the calibration table to show: filters (unit code or name, unit category, grade,
 * flag), a sort column, and a page. Blank filters match everything.
 */
public record CalibrationQuery(String unit, String category, String grade, String flag, String sort, boolean desc,
    int page, int size) {

  public static final Set<String> SORTS = Set.of("group", "unit", "name", "grade", "rulesGrade", "excellentShare",
      "politicalScore");
  public static final Set<String> FLAGS = Set.of("needsReview", "veto", "underInvestigation", "changed", "sendBack");
  public static final int MAX_SIZE = 500;

  public CalibrationQuery {
    if (sort == null || sort.isBlank()) {
      sort = "group";
    }
    if (!SORTS.contains(sort)) {
      throw new InvalidInputException("排序列不存在: " + sort + "（可选：" + String.join("、", SORTS) + "）");
    }
    if (flag != null && !flag.isBlank() && !FLAGS.contains(flag)) {
      throw new InvalidInputException("标记不存在: " + flag + "（可选：" + String.join("、", FLAGS) + "）");
    }
    if (page < 0) {
      throw new InvalidInputException("页码不能为负数: " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException("每页行数必须在 1 到 " + MAX_SIZE + " 之间: " + size);
    }
  }

  public static CalibrationQuery all() {
    return new CalibrationQuery(null, null, null, null, "group", false, 0, MAX_SIZE);
  }
}
