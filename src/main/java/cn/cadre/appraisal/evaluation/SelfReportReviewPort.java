package cn.cadre.appraisal.evaluation;

import java.util.Map;

/** Port to the unit's appraisal process: where each cadre's report stands, and the team's decision on it. */
public interface SelfReportReviewPort {

  /**
   * Where the report stands in the unit's process ({@code unitAppraisalKey}: CampaignUnit.appraisalKey),
   * by cadre user id (cadres past review are absent).
   */
  Map<String, Pending> open(String unitAppraisalKey);

  /** Where one cadre's report stands (null: past review), as {@link #open} would say, without reading the unit's others. */
  Pending pending(String unitAppraisalKey, String cadreUserId);

  /**
   * Hands the decision to the report {@link #pending} found awaiting review: the cadre's appraisal
   * files an accepted report or returns it to the cadre.
   */
  void decide(Pending awaiting, String decision, String comment);

  /**
   * A cadre still writing (text null) or awaiting review (with the submitted text); {@code ref}
   * names the waiting report for {@link #decide} (the port's own reference, opaque here).
   */
  record Pending(boolean awaitingReview, String reportText, String ref) {}
}
