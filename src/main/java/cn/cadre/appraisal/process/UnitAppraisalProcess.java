package cn.cadre.appraisal.process;

/**
 * The ids and variable names of processes/unit-appraisal.bpmn that code depends on. Process owners
 * may rename labels in Camunda Modeler, never these ids; UnitAppraisalProcessIdsTest fails when
 * the model loses one.
 */
public final class UnitAppraisalProcess {

  public static final String KEY = "UnitAppraisalProcess";
  public static final String RESOURCE = "unit-appraisal.bpmn";

  public static final String START_EVENT_UNIT_APPRAISAL_STARTED = "StartEvent_UnitAppraisalStarted";
  public static final String SUB_PROCESS_CADRE_SELF_REPORT = "SubProcess_CadreSelfReport";
  public static final String TASK_SELF_REPORT = "Task_SelfReport";
  public static final String TASK_REVIEW_SELF_REPORT = "Task_ReviewSelfReport";
  public static final String GATEWAY_SELF_REPORT_ACCEPTED = "Gateway_SelfReportAccepted";
  public static final String TASK_FILE_SELF_REPORT = "Task_FileSelfReport";
  public static final String TASK_SEND_SELF_REPORT_RECEIPT = "Task_SendSelfReportReceipt";
  public static final String END_EVENT_SELF_REPORT_FILED = "EndEvent_SelfReportFiled";
  public static final String END_EVENT_SELF_REPORTS_COLLECTED = "EndEvent_SelfReportsCollected";

  /** Process variables: few and typed. */
  public static final String VAR_UNIT_CODE = "unitCode";
  public static final String VAR_YEAR = "year";
  public static final String VAR_CADRE_USER_IDS = "cadreUserIds";
  public static final String VAR_CADRE_USER_ID = "cadreUserId";
  public static final String VAR_REPORT_TEXT = "reportText";
  public static final String VAR_REVIEW_DECISION = "reviewDecision";
  public static final String VAR_REVIEW_COMMENT = "reviewComment";

  /** Values of reviewDecision, as the review-self-report form submits them. */
  public static final String REVIEW_ACCEPTED = "accepted";
  public static final String REVIEW_RETURNED = "returned";

  private UnitAppraisalProcess() {}
}
