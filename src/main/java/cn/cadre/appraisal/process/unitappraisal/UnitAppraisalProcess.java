package cn.cadre.appraisal.process.unitappraisal;


/**
 * The ids and variable names of processes/unit-appraisal.bpmn that code depends on. Process owners
 * may rename labels in Camunda Modeler, never these ids; ModelContractTest fails when
 * the model loses one. Each unit's instance has the business key CampaignUnit.appraisalKey
 * (2026-ANNUAL/unit-edu, set by the round's call activity); the application finds a unit's process by it.
 */
public final class UnitAppraisalProcess {

  public static final String KEY = "UnitAppraisalProcess";
  public static final String RESOURCE = "unit-appraisal.bpmn";

  public static final String START_EVENT_UNIT_APPRAISAL_STARTED = "StartEvent_UnitAppraisalStarted";
  public static final String TASK_PREPARE_UNIT_APPRAISAL = "Task_PrepareUnitAppraisal";
  public static final String TASK_TEAM_SUMMARY_REPORT = "Task_TeamSummaryReport";
  public static final String SUB_PROCESS_CADRE_APPRAISAL = "SubProcess_CadreAppraisal";
  public static final String TASK_SELF_REPORT = "Task_SelfReport";
  public static final String MESSAGE_EVENT_SELF_REPORT_REVIEWED = "MessageEvent_SelfReportReviewed";
  /** Message name (not id): the appraisal team's decision on one cadre's report. */
  public static final String MESSAGE_SELF_REPORT_REVIEWED = "SelfReportReviewed";
  public static final String TASK_REVIEW_SELF_REPORTS = "Task_ReviewSelfReports";
  public static final String GATEWAY_SELF_REPORT_ACCEPTED = "Gateway_SelfReportAccepted";
  public static final String TASK_FILE_SELF_REPORT = "Task_FileSelfReport";
  public static final String TASK_SEND_SELF_REPORT_RECEIPT = "Task_SendSelfReportReceipt";
  public static final String TASK_INTERVIEWS = "Task_Interviews";
  public static final String GATEWAY_NEGATIVE_LISTS_RETURNED = "Gateway_NegativeListsReturned";
  public static final String MESSAGE_EVENT_NEGATIVE_LISTS_RETURNED = "MessageEvent_NegativeListsReturned";
  /** Message name (not id): the round tells its units that every office has returned its list. */
  public static final String MESSAGE_NEGATIVE_LISTS_RETURNED = "NegativeListsReturned";
  public static final String END_EVENT_CADRE_FINDINGS_COMPLETE = "EndEvent_CadreFindingsComplete";
  public static final String MESSAGE_EVENT_TALLY_SHEET_SUBMITTED = "MessageEvent_TallySheetSubmitted";
  /** Message name (not id): org-dept has submitted the unit's tally sheet. */
  public static final String MESSAGE_TALLY_SHEET_SUBMITTED = "TallySheetSubmitted";
  public static final String GATEWAY_BALLOT_MODE = "Gateway_BallotMode";
  public static final String EVENT_GATEWAY_BALLOT_WINDOW = "EventGateway_BallotWindow";
  public static final String TIMER_EVENT_BALLOT_WINDOW_ENDS = "TimerEvent_BallotWindowEnds";
  public static final String MESSAGE_EVENT_BALLOTS_CLOSED = "MessageEvent_BallotsClosed";
  public static final String TASK_CLOSE_BALLOT_WINDOW = "Task_CloseBallotWindow";
  /** Message name (not id) that org-dept's early closing is correlated with. */
  public static final String MESSAGE_BALLOTS_CLOSED = "BallotsClosed";
  public static final String TASK_PROPOSE_TEAM_GRADE = "Task_ProposeTeamGrade";
  public static final String TASK_TEAM_ANALYSIS = "Task_TeamAnalysis";
  public static final String SUB_PROCESS_CADRE_ANALYSIS = "SubProcess_CadreAnalysis";
  public static final String TASK_PROPOSE_GRADE = "Task_ProposeGrade";
  public static final String TASK_COMPREHENSIVE_ANALYSIS = "Task_ComprehensiveAnalysis";
  public static final String END_EVENT_UNIT_ANALYSED = "EndEvent_UnitAnalysed";

  /** Process variables: few and typed; domain data stays in the database. */
  public static final String VAR_CAMPAIGN_ID = "campaignId";
  public static final String VAR_UNIT_CODE = "unitCode";
  public static final String VAR_UNIT_NAME = "unitName";
  public static final String VAR_YEAR = "year";
  public static final String VAR_CADRE_USER_IDS = "cadreUserIds";
  public static final String VAR_CADRE_NAMES = "cadreNames";
  public static final String VAR_APPRAISAL_TEAM_MEMBERS = "appraisalTeamMembers";
  public static final String VAR_TEAM_PRINCIPAL_USER_ID = "teamPrincipalUserId";
  public static final String VAR_CADRE_USER_ID = "cadreUserId";
  /** The cadre's routine scores of the year, shown on the analysis form. */
  public static final String VAR_ROUTINE_SCORES = "routineScores";
  public static final String VAR_SPECIAL_CONCLUSIONS = "specialConclusions";
  public static final String VAR_EVALUATION_BY_BALLOT = "evaluationByBallot";
  public static final String VAR_BALLOT_WINDOW_ENDS_AT = "ballotWindowEndsAt";
  /** Whether every office had returned its negative list when the unit's appraisal started. */
  public static final String VAR_NEGATIVE_LISTS_RETURNED = "negativeListsReturned";
  public static final String VAR_REPORT_TEXT = "reportText";
  public static final String VAR_REVIEW_DECISION = "reviewDecision";
  public static final String VAR_REVIEW_COMMENT = "reviewComment";

  /** Values of reviewDecision, as the review-self-report form submits them. */
  public static final String REVIEW_ACCEPTED = "accepted";
  public static final String REVIEW_RETURNED = "returned";

  /** The analysis form's annual score and its breakdown (AnnualScore.describe). */
  public static final String VAR_ANNUAL_SCORE = "annualScore";

  private UnitAppraisalProcess() {}
}
