package cn.cadre.appraisal.evaluation;

import java.util.Map;

/** Port to the unit's appraisal process: where each cadre's report stands, and the team's decision on it. */
public interface SelfReportReviewPort {

  /** Where the report stands in the process, by cadre user id (cadres past review are absent). */
  Map<String, Pending> open(Long campaignId, String unitCode);

  /** Hands the decision to the cadre's appraisal, which files an accepted report or returns it to the cadre. */
  void decide(Long campaignId, String unitCode, String cadreUserId, String decision, String comment);

  /** A cadre still writing (text null) or awaiting review (with the submitted text). */
  record Pending(boolean awaitingReview, String reportText) {}
}
