package cn.cadre.appraisal.process.term;

/**
 * Ids and variable names of processes/term-appraisal.bpmn and term-grade.dmn that the code relies on;
 * ModelContractTest fails when the model loses one.
 */
public final class TermAppraisalProcess {

  public static final String KEY = "TermAppraisalProcess";
  public static final String RESOURCE = "term-appraisal.bpmn";
  public static final String DECISION_KEY = "TermGrade";

  public static final String START_EVENT_REVIEW_STARTED = "StartEvent_TermReviewStarted";
  public static final String TASK_TERM_SELF_CHECK = "Task_TermSelfCheck";
  public static final String TASK_EXPERT_VERIFICATION = "Task_ExpertVerification";
  public static final String TASK_TERM_SPOT_CHECK = "Task_TermSpotCheck";
  public static final String TASK_TERM_SITE_INSPECTION = "Task_TermSiteInspection";
  public static final String BUSINESS_RULE_TASK_PROPOSE_TERM_GRADE = "BusinessRuleTask_ProposeTermGrade";
  public static final String TASK_DECIDE_TERM_GRADE = "Task_DecideTermGrade";
  public static final String TASK_CONCLUDE_TERM = "Task_ConcludeTerm";
  public static final String END_EVENT_TERM_CONCLUDED = "EndEvent_TermConcluded";

  public static final String VAR_TERM_ID = "termId";
  public static final String VAR_BASIS = "basis";
  public static final String VAR_DUE_DATE = "dueDate";
  public static final String VAR_PRINCIPAL_USER_ID = "principalUserId";
  public static final String VAR_EXPERTS = "experts";
  public static final String VAR_TARGETS = "targets";
  /** What the decision returns: {termGrade, termGradeReason}. */
  public static final String VAR_TERM_GRADE_DECISION = "termGradeDecision";

  private TermAppraisalProcess() {}
}
