package cn.cadre.appraisal.campaign;

/** Where an appraisal round stands; set by the campaign process as it moves through its stages. */
public enum CampaignStatus {
  /** 单位考核进行中 */
  UNIT_APPRAISALS,
  /** 组织部统筹校准 */
  CALIBRATION,
  /** 党委审定 */
  APPROVAL,
  /** 公示 */
  PUBLIC_NOTICE,
  /** 反馈 */
  FEEDBACK,
  DONE
}
