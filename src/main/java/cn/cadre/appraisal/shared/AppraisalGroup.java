package cn.cadre.appraisal.shared;

/** The groups that take part in an appraisal; ids are Camunda group ids, names are shown to users. */
public enum AppraisalGroup {
  ORG_DEPT("org-dept", "组织部"),
  APPRAISAL_TEAM("appraisal-team", "考核组"),
  PARTY_COMMITTEE("party-committee", "党委"),
  DISCIPLINE("discipline", "纪检监察"),
  AUDIT("audit", "审计"),
  PETITIONS("petitions", "信访"),
  /** Every cadre is a member, so that Tasklist shows them their own tasks. */
  CADRE("cadre", "领导干部");

  private final String id;
  private final String displayName;

  AppraisalGroup(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  public String id() { return id; }

  public String displayName() { return displayName; }
}
