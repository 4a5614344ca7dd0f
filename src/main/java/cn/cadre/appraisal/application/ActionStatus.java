package cn.cadre.appraisal.application;

/** Where one path stands, with the words an office uses for it. */
public enum ActionStatus {
  OPEN("待办理"), NOMINATED("已提名"), NOT_NOMINATED("未提名"), PROPOSED("已提出建议"), NOT_PROPOSED("不予建议"),
  APPROVED("已批准"), REJECTED("未批准"), ASSIGNED("已安排培训"), CONFIRMED("已确认参训"), LEAVE_REQUESTED("已请假"),
  COMPLETED("已完成"), NOT_COMPLETED("未完成"), SCHEDULED("已安排谈话"), HELD("已谈话"), ACKNOWLEDGED("已确认"),
  LISTED("已列整改事项"), REPORTED("已报告整改"), RETURNED("已退回"), DONE("已办结");

  private final String label;

  ActionStatus(String label) {
    this.label = label;
  }

  public String label() { return label; }
}
