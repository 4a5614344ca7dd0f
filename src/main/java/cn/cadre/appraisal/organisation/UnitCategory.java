package cn.cadre.appraisal.organisation;

/** Kind of unit; annual weights and "like with like" comparisons are per category. */
public enum UnitCategory {
  CITY("市"),
  COUNTY("县（区）"),
  POOR_COUNTY("脱贫县"),
  DEPARTMENT("部门"),
  PUBLIC_INSTITUTION("事业单位"),
  STATE_OWNED_ENTERPRISE("国有企业");

  private final String label;

  UnitCategory(String label) {
    this.label = label;
  }

  /** The category as users read it. */
  public String label() {
    return label;
  }
}
