package cn.cadre.appraisal.grading;

import java.util.List;

/**
 * A page of the calibration table, with what applies to all of it: the quota of 优秀 (round-wide),
 * the comparison groups with their counts, and how many grades calibration has changed.
 */
public record CalibrationTable(String stage, boolean editable, boolean tickable, List<CalibrationRow> rows, int total,
    int page, int size, QuotaStatus quota, String quotaText, List<GroupSummary> groups, long changed, long sentBack) {

  public record GroupSummary(String group, int cadres, int excellent) {}
}
