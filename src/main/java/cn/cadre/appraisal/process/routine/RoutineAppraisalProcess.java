package cn.cadre.appraisal.process.routine;

/**
 * Ids and variable names of processes/routine-appraisal.bpmn that the code relies on. Process owners
 * may rename labels in Camunda Modeler, never these ids; ModelContractTest fails when the model loses one.
 */
public final class RoutineAppraisalProcess {

  public static final String KEY = "RoutineAppraisalProcess";
  public static final String RESOURCE = "routine-appraisal.bpmn";

  public static final String START_EVENT_ROUND_OPENED = "StartEvent_RoutineRoundOpened";
  public static final String SUB_PROCESS_SCORE_UNIT = "SubProcess_ScoreUnit";
  public static final String TASK_SCORE_UNIT = "Task_ScoreUnit";
  public static final String TASK_APPLY_ROUTINE_FINDINGS = "Task_ApplyRoutineFindings";
  public static final String TASK_CLOSE_ROUTINE_ROUND = "Task_CloseRoutineRound";
  public static final String END_EVENT_ROUND_DONE = "EndEvent_RoutineRoundDone";
  public static final String GATEWAY_MID_YEAR = "Gateway_MidYear";
  public static final String TASK_SEND_HALF_YEAR_FEEDBACK = "Task_SendHalfYearFeedback";
  public static final String END_EVENT_FEEDBACK_SENT = "EndEvent_FeedbackSent";

  public static final String VAR_ROUTINE_ROUND_ID = "routineRoundId";
  public static final String VAR_ROUND_TITLE = "roundTitle";
  public static final String VAR_DUE_DATE = "dueDate";
  public static final String VAR_UNIT_CODES = "unitCodes";
  public static final String VAR_UNIT_NAMES = "unitNames";
  public static final String VAR_UNIT_CODE = "unitCode";
  public static final String VAR_UNIT_NAME = "unitName";
  /** unitCode → the user ids who score it besides org-dept (its supervising leader), possibly none. */
  public static final String VAR_UNIT_SCORERS = "unitScorers";
  /** The round ends at mid-year (RoutinePeriod.endsMidYear): its units hear back on the half year. */
  public static final String VAR_MID_YEAR = "midYear";

  private RoutineAppraisalProcess() {}
}
