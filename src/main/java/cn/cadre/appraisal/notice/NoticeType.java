package cn.cadre.appraisal.notice;

/** Kinds of written notice; each has one FreeMarker template in templates/notices/. */
public enum NoticeType {
  SELF_REPORT_RECEIPT("self-report-receipt", "述职述廉报告审核通过回执", "述"),
  RESULT("result", "年度考核结果通知书", "考"),
  TEAM_RESULT("team-result", "领导班子年度考核结果通知书", "班"),
  PROMOTION("promotion", "提拔使用人选通知", "干"),
  COMMENDATION("commendation", "嘉奖决定", "嘉"),
  MERIT("merit", "记三等功决定", "功"),
  TRAINING("training", "培训通知", "训"),
  REMINDER_TALK("reminder-talk", "谈话提醒通知", "谈"),
  ADMONITION_TALK("admonition-talk", "诫勉谈话通知", "诫"),
  ADJUSTMENT("adjustment", "组织调整决定", "调"),
  DEMOTION("demotion", "降职决定", "降"),
  TEAM_SUMMONS("team-summons", "约谈通知", "约"),
  RECTIFICATION("rectification", "整改通知书", "改"),
  ROUTINE_FEEDBACK("routine-feedback", "平时考核情况反馈", "平"),
  TALENT_POOL("talent-pool", "列入人才库通知", "库"),
  ACCOUNTABILITY("accountability", "问责决定", "问"),
  TERM_RESULT("term-result", "任期考核结果通知", "任");

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
