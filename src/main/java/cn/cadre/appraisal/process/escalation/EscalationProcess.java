package cn.cadre.appraisal.process.escalation;

/**
 * Ids and variable names of processes/escalation.bpmn that the code relies on; ModelContractTest
 * fails when the model loses one.
 */
public final class EscalationProcess {

  public static final String KEY = "EscalationProcess";
  public static final String RESOURCE = "escalation.bpmn";

  public static final String START_EVENT_TASK_OVERDUE = "StartEvent_TaskOverdue";
  public static final String TASK_REMIND_LATE_TASK = "Task_RemindLateTask";
  public static final String GATEWAY_LATE_TASK_OUTCOME = "Gateway_LateTaskOutcome";
  public static final String TIMER_EVENT_ESCALATION_DUE = "TimerEvent_EscalationDue";
  public static final String MESSAGE_EVENT_LATE_TASK_COMPLETED = "MessageEvent_LateTaskCompleted";
  public static final String TASK_CLOSE_ESCALATION = "Task_CloseEscalation";
  public static final String END_EVENT_COMPLETED_AFTER_REMINDER = "EndEvent_CompletedAfterReminder";
  public static final String TASK_ESCALATE_LATE_TASK = "Task_EscalateLateTask";
  public static final String TASK_EXPLAIN_LATE_TASK = "Task_ExplainLateTask";
  public static final String TASK_REVIEW_EXPLANATION = "Task_ReviewExplanation";
  public static final String END_EVENT_EXPLAINED = "EndEvent_Explained";

  public static final String MESSAGE_LATE_TASK_COMPLETED = "LateTaskCompleted";

  public static final String VAR_LATE_TASK_ID = "lateTaskId";
  public static final String VAR_LATE_TASK_NAME = "lateTaskName";
  public static final String VAR_RESPONSIBLE_NAME = "responsibleName";
  public static final String VAR_ESCALATE_AT = "escalateAt";
  public static final String VAR_EXPLAINERS = "explainers";
  public static final String VAR_EXPLAINER_GROUPS = "explainerGroups";
  public static final String VAR_EXPLANATION = "explanation";
  public static final String VAR_EXPLANATION_REVIEW = "explanationReview";
  public static final String VAR_EXPLANATION_COMMENT = "explanationComment";

  private EscalationProcess() {}

  /** The escalation's business key: the late task's process and the task, e.g. 2026-ANNUAL/unit-edu/escalation-42. */
  static String businessKey(String lateBusinessKey, String taskId) {
    return (lateBusinessKey == null ? "" : lateBusinessKey + "/") + "escalation-" + taskId;
  }
}
