package cn.cadre.appraisal.notice;

/** Kinds of written notice; each has one FreeMarker template in templates/notices/. */
public enum NoticeType {
  SELF_REPORT_RECEIPT("self-report-receipt", "述职述廉报告审核通过回执"),
  RESULT("result", "年度考核结果通知书"),
  TEAM_RESULT("team-result", "领导班子年度考核结果通知书");

  private final String template;
  private final String title;

  NoticeType(String template, String title) {
    this.template = template;
    this.title = title;
  }

  public String template() { return "notices/" + template + ".ftlh"; }

  public String title() { return title; }
}
