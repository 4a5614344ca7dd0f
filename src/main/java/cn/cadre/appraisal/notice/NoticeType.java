package cn.cadre.appraisal.notice;

/** Kinds of written notice; each has one FreeMarker template in templates/notices/. */
public enum NoticeType {
  SELF_REPORT_RECEIPT("self-report-receipt", "述职述廉报告审核通过回执", "述", true),
  RESULT("result", "年度考核结果通知书", "考", false),
  TEAM_RESULT("team-result", "领导班子年度考核结果通知书", "班", false),
  PROMOTION("promotion", "提拔使用人选通知", "干", false),
  COMMENDATION("commendation", "嘉奖决定", "嘉", false),
  MERIT("merit", "记三等功决定", "功", false),
  TRAINING("training", "培训通知", "训", true),
  REMINDER_TALK("reminder-talk", "谈话提醒通知", "谈", true),
  ADMONITION_TALK("admonition-talk", "诫勉谈话通知", "诫", false),
  ADJUSTMENT("adjustment", "组织调整决定", "调", false),
  DEMOTION("demotion", "降职决定", "降", false),
  TEAM_SUMMONS("team-summons", "约谈通知", "约", true),
  RECTIFICATION("rectification", "整改通知书", "改", false),
  ROUTINE_FEEDBACK("routine-feedback", "平时考核情况反馈", "平", true),
  TALENT_POOL("talent-pool", "列入人才库通知", "库", true),
  ACCOUNTABILITY("accountability", "问责决定", "问", false),
  TERM_RESULT("term-result", "任期考核结果通知", "任", false);

  private final String template;
  private final String title;
  private final String numberCode;
  private final boolean letter;

  NoticeType(String template, String title, String numberCode, boolean letter) {
    this.template = template;
    this.title = title;
    this.numberCode = numberCode;
    this.letter = letter;
  }

  /**
   * Set as a letter (GB/T 9704 信函格式: a receipt, a notification of a talk, a training or a pool)
   * rather than a 文件 (a result or a decision, which the cadre's file keeps).
   */
  public boolean letter() { return letter; }

  /** The character of the document number (文号) that tells the kind, e.g. 考 in 示组考〔2026〕3号. */
  public String numberCode() { return numberCode; }

  public String template() { return "notices/" + template + ".ftlh"; }

  public String title() { return title; }
}
