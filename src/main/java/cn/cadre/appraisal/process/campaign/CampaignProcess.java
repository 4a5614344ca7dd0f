package cn.cadre.appraisal.process.campaign;


/**
 * The ids and variable names of processes/appraisal-campaign.bpmn that code depends on;
 * ModelContractTest fails when the model loses one.
 */
public final class CampaignProcess {

  public static final String KEY = "AppraisalCampaignProcess";
  public static final String RESOURCE = "appraisal-campaign.bpmn";

  public static final String START_EVENT_ROUND_OPENED = "StartEvent_RoundOpened";
  public static final String GATEWAY_OPEN_ROUND = "Gateway_OpenRound";
  public static final String CALL_ACTIVITY_UNIT_APPRAISAL = "CallActivity_UnitAppraisal";
  public static final String SUB_PROCESS_NEGATIVE_LIST = "SubProcess_NegativeList";
  public static final String TASK_NEGATIVE_LIST = "Task_NegativeList";
  public static final String TASK_NEGATIVE_LISTS_RETURNED = "Task_NegativeListsReturned";
  public static final String GATEWAY_ROUND_STAGES_DONE = "Gateway_RoundStagesDone";
  public static final String GATEWAY_TALLY_MODE = "Gateway_TallyMode";
  public static final String TASK_ENTER_TALLIES = "Task_EnterTallies";
  public static final String TASK_PREPARE_CALIBRATION = "Task_PrepareCalibration";
  public static final String TASK_CALIBRATION = "Task_Calibration";
  public static final String TASK_APPROVAL = "Task_Approval";
  public static final String GATEWAY_GRADES_APPROVED = "Gateway_GradesApproved";
  public static final String SUB_PROCESS_REANALYSIS = "SubProcess_Reanalysis";
  public static final String TASK_REANALYSIS = "Task_Reanalysis";
  public static final String TASK_PUBLISH_NOTICE = "Task_PublishNotice";
  public static final String SUB_PROCESS_PUBLIC_NOTICE = "SubProcess_PublicNotice";
  public static final String TIMER_EVENT_PUBLIC_NOTICE_ENDS = "TimerEvent_PublicNoticeEnds";
  public static final String TASK_RESOLVE_OBJECTION = "Task_ResolveObjection";
  public static final String TASK_FINALISE_GRADES = "Task_FinaliseGrades";
  /** One instance per unit: its notices (Task_SendFeedback), then its result application, each a job. */
  public static final String SUB_PROCESS_UNIT_RESULTS = "SubProcess_UnitResults";
  public static final String TASK_SEND_FEEDBACK = "Task_SendFeedback";
  public static final String TASK_OPEN_RESULT_APPLICATION = "Task_OpenResultApplication";
  public static final String TASK_CLOSE_ROUND = "Task_CloseRound";
  public static final String END_EVENT_ROUND_CLOSED = "EndEvent_RoundClosed";

  /** Message name (not id) that objections are correlated with. */
  public static final String MESSAGE_OBJECTION_LODGED = "ObjectionLodged";

  public static final String VAR_CAMPAIGN_ID = "campaignId";
  public static final String VAR_YEAR = "year";
  public static final String VAR_UNIT_CODES = "unitCodes";
  /** Whether the round's democratic evaluation is by ballot (else org-dept enters tally sheets). */
  public static final String VAR_EVALUATION_BY_BALLOT = "evaluationByBallot";
  /** The offices asked for negative lists: codes (the multi-instance collection), names and groups by code. */
  public static final String VAR_OFFICE_CODES = "officeCodes";
  public static final String VAR_OFFICE_NAMES = "officeNames";
  public static final String VAR_OFFICE_GROUPS = "officeGroups";
  /** One office's code, name and group inside its Task_NegativeList instance. */
  public static final String VAR_OFFICE_CODE = "officeCode";
  public static final String VAR_OFFICE_NAME = "officeName";
  public static final String VAR_OFFICE_GROUP = "officeGroup";
  public static final String VAR_CONFIRM_ALL_CLEAR = "confirmAllClear";
  public static final String VAR_LATE_EXPLANATION = "lateExplanation";
  public static final String VAR_QUOTA_STATUS = "quotaStatus";
  /** The round's totals for the committee: bounded by grades and categories, never by cadres. */
  public static final String VAR_APPROVAL_SUMMARY = "approvalSummary";
  public static final String VAR_APPROVAL_DECISION = "approvalDecision";
  public static final String VAR_SENT_BACK_CADRE_USER_IDS = "sentBackCadreUserIds";
  public static final String VAR_SENT_BACK_CADRE_NAMES = "sentBackCadreNames";
  /** The unit each sent-back cadre is appraised in, for the re-analysis task's name. */
  public static final String VAR_SENT_BACK_UNIT_NAMES = "sentBackUnitNames";
  public static final String VAR_SENT_BACK_TEAMS = "sentBackTeams";
  public static final String VAR_NOTICE_ENDS_AT = "noticeEndsAt";
  public static final String VAR_OBJECTION_CADRE_USER_ID = "objectionCadreUserId";
  public static final String VAR_OBJECTION_CADRE_NAME = "objectionCadreName";
  public static final String VAR_OBJECTION_UNIT_NAME = "objectionUnitName";
  public static final String VAR_OBJECTION_TEXT = "objectionText";

  public static final String APPROVE = "approve";
  public static final String SEND_BACK = "sendBack";

  private CampaignProcess() {}
}
