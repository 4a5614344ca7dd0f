package cn.cadre.appraisal.notice;

/** Kinds of written notice; each has one FreeMarker template in templates/notices/. */
public enum NoticeType {
  SELF_REPORT_RECEIPT("self-report-receipt", "述职述廉报告审核通过回执", "述"),
  RESULT("result", "年度考核结果通知书", "考"),
  TEAM_RESULT("team-result", "领导班子年度考核结果通知书", "班");

  private final String template;
  private final String title;
  private final String numberCode;

  NoticeType(String template, String title, String numberCode) {
    this.template = template;
    this.title = title;
    this.numberCode = numberCode;
  }

  /** The character of the document number (文号) that tells the kind, e.g. 考 in 示组考〔2026〕3号. */
  public String numberCode() { return numberCode; }

  public String template() { return "notices/" + template + ".ftlh"; }

  public String title() { return title; }
}
