package cn.cadre.appraisal.evaluation;

/** Port to the unit's appraisal process: whether its interview stage (个别谈话) is still open. */
public interface InterviewStagePort {

  /** {@code unitAppraisalKey}: the unit's process in the round (CampaignUnit.appraisalKey). */
  boolean open(String unitAppraisalKey);
}
