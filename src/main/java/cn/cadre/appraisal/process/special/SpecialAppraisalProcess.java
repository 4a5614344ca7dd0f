package cn.cadre.appraisal.process.special;

/**
 * Ids and variable names of processes/special-appraisal.bpmn that the code relies on. Process owners
 * may rename labels in Camunda Modeler, never these ids; ModelContractTest fails when the model loses one.
 */
public final class SpecialAppraisalProcess {

  public static final String KEY = "SpecialAppraisalProcess";
  public static final String RESOURCE = "special-appraisal.bpmn";

  public static final String START_EVENT_OPENED = "StartEvent_SpecialAppraisalOpened";
  public static final String GATEWAY_MODE = "Gateway_Mode";
  public static final String TASK_RECORD_CHECKPOINT = "Task_RecordCheckpoint";
  public static final String GATEWAY_TASK_FINISHED = "Gateway_TaskFinished";
  public static final String TASK_HEAR_REPORT = "Task_HearReport";
  public static final String TASK_INDIVIDUAL_INTERVIEWS = "Task_IndividualInterviews";
  public static final String TASK_SITE_INSPECTION = "Task_SiteInspection";
  public static final String TASK_GROUP_DISCUSSION = "Task_GroupDiscussion";
  public static final String SUB_PROCESS_OFFICE_OPINION = "SubProcess_OfficeOpinion";
  public static final String TASK_OFFICE_OPINION = "Task_OfficeOpinion";
  public static final String SUB_PROCESS_PRINCIPAL_OPINION = "SubProcess_PrincipalOpinion";
  public static final String TASK_PRINCIPAL_OPINION = "Task_PrincipalOpinion";
  public static final String SUB_PROCESS_CONCLUDE_CADRE = "SubProcess_ConcludeCadre";
  public static final String TASK_CONCLUDE_CADRE = "Task_ConcludeCadre";
  public static final String SUB_PROCESS_CONCLUDE_TEAM = "SubProcess_ConcludeTeam";
  public static final String TASK_CONCLUDE_TEAM = "Task_ConcludeTeam";
  public static final String TASK_APPLY_SPECIAL_CONCLUSIONS = "Task_ApplySpecialConclusions";
  public static final String TASK_CLOSE_SPECIAL_APPRAISAL = "Task_CloseSpecialAppraisal";
  public static final String END_EVENT_CONCLUDED = "EndEvent_SpecialAppraisalConcluded";

  public static final String VAR_SPECIAL_APPRAISAL_ID = "specialAppraisalId";
  public static final String VAR_BASIS = "basis";
  public static final String VAR_MODE = "mode";
  public static final String VAR_DUE_DATE = "dueDate";
  public static final String VAR_TEAM_MEMBERS = "teamMembers";
  public static final String VAR_CADRE_CODES = "cadreCodes";
  public static final String VAR_CADRE_NAMES = "cadreNames";
  public static final String VAR_CADRE_CODE = "cadreCode";
  public static final String VAR_UNIT_CODES = "unitCodes";
  public static final String VAR_UNIT_NAMES = "unitNames";
  public static final String VAR_UNIT_CODE = "unitCode";
  /** The groups of the offices asked for an opinion, their names, and the one an opinion task is for. */
  public static final String VAR_OPINION_GROUPS = "opinionGroups";
  public static final String VAR_OPINION_GROUP_NAMES = "opinionGroupNames";
  public static final String VAR_OPINION_GROUP = "opinionGroup";
  public static final String VAR_PRINCIPALS = "principals";
  public static final String VAR_PRINCIPAL_USER_ID = "principalUserId";
  /** The stage a stage task records (an input parameter of each stage task). */
  public static final String VAR_STAGE = "stage";
  /** The talent pools a conclusion may name, offered when the conclusion task is created. */
  public static final String VAR_TALENT_POOL_OPTIONS = "talentPoolOptions";

  private SpecialAppraisalProcess() {}
}
