package cn.cadre.appraisal.message;

/** What a message is about, as the message list names it. */
public enum MessageKind {
  REMINDER("催办提醒"),
  ESCALATION("升级督办"),
  NOTICE("通知"),
  TASKS("待办汇总");

  private final String label;

  MessageKind(String label) {
    this.label = label;
  }

  public String label() { return label; }
}
