package cn.cadre.appraisal.campaign;

/** How far an overdue task's escalation has gone, as the red lights list names it. */
public enum EscalationLevel {
  REMINDED("已催办"),
  ESCALATED("已升级督办，待说明"),
  EXPLAINED("已说明，待审核"),
  RETURNED("说明被退回，待重新说明"),
  ACCEPTED("说明已认可"),
  CLOSED("催办后已办理");

  private final String label;

  EscalationLevel(String label) {
    this.label = label;
  }

  public String label() { return label; }
}
