package cn.cadre.appraisal.campaign;

/** Where an appraisal round stands; set by the campaign process as it moves through its stages. */
public enum CampaignStatus {
  UNIT_APPRAISALS("单位考核"),
  CALIBRATION("统筹校准"),
  APPROVAL("党委审定"),
  PUBLIC_NOTICE("公示"),
  FEEDBACK("反馈"),
  DONE("已结束");

  private final String label;

  CampaignStatus(String label) {
    this.label = label;
  }

  /** The stage as users read it. */
  public String label() {
    return label;
  }
}
