package cn.cadre.appraisal.grading;

/** Port to the running round's public-notice stage (implemented in the process package). */
public interface ObjectionPort {

  /** Hands an objection to the round's process; false when the round is not in its public notice. */
  boolean lodge(Long campaignId, String cadreUserId, String cadreName, String unitName, String text);
}
