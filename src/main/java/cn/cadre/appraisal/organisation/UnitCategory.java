package cn.cadre.appraisal.organisation;

/** Kind of unit; annual weights and "like with like" comparisons are per category. */
public enum UnitCategory {
  /** 市 */
  CITY,
  /** 县（区） */
  COUNTY,
  /** 脱贫县 */
  POOR_COUNTY,
  /** 省直/县直部门 */
  DEPARTMENT,
  /** 事业单位 */
  PUBLIC_INSTITUTION,
  /** 国有企业 */
  STATE_OWNED_ENTERPRISE
}
