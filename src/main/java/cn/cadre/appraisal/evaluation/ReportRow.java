package cn.cadre.appraisal.evaluation;

import java.time.LocalDateTime;

/**
 * One cadre's report in the unit's review page: where it stands (未提交, 待审核, 已退回, 已通过), its
 * full text (the submitted one, or the accepted one), and the last decision on it.
 */
public record ReportRow(String cadreCode, String cadreName, String position, String status, String reportText,
                        String lastDecision, String lastComment, String lastReviewer, LocalDateTime lastReviewedAt,
                        int returns) {

  public static final String NOT_SUBMITTED = "未提交";
  public static final String AWAITING_REVIEW = "待审核";
  public static final String RETURNED = "已退回";
  public static final String ACCEPTED = "已通过";
}
