package cn.cadre.appraisal.organisation;

/** A cadre's place in the team: principals are compared with principals, deputies within their team. */
public enum CadreRole {
  /** 正职 */
  PRINCIPAL,
  /** 副职 */
  DEPUTY
}
