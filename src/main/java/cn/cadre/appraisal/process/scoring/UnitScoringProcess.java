package cn.cadre.appraisal.process.scoring;

/**
 * Ids and variable names of processes/unit-scoring.bpmn that the code relies on. Process owners may
 * rename labels in Camunda Modeler, never these ids; ModelContractTest fails when the model loses one.
 */
public final class UnitScoringProcess {

  public static final String KEY = "UnitScoringProcess";
  public static final String RESOURCE = "unit-scoring.bpmn";

  public static final String START_EVENT_SCORING_OPENED = "StartEvent_ScoringOpened";
  public static final String SUB_PROCESS_OFFICE_SCORES = "SubProcess_OfficeScores";
  public static final String TASK_ENTER_INDICATOR_SCORES = "Task_EnterIndicatorScores";
  public static final String TASK_COMPUTE_UNIT_SCORES = "Task_ComputeUnitScores";
  public static final String TASK_REVIEW_UNIT_SCORES = "Task_ReviewUnitScores";
  public static final String TASK_CONCLUDE_UNIT_SCORING = "Task_ConcludeUnitScoring";
  public static final String END_EVENT_SCORING_CONCLUDED = "EndEvent_ScoringConcluded";

  public static final String VAR_SCORING_ROUND_ID = "scoringRoundId";
  public static final String VAR_ROUND_TITLE = "roundTitle";
  public static final String VAR_DUE_DATE = "dueDate";
  public static final String VAR_OFFICE_CODES = "officeCodes";
  public static final String VAR_OFFICE_NAMES = "officeNames";
  public static final String VAR_OFFICE_GROUPS = "officeGroups";
  public static final String VAR_OFFICE_CODE = "officeCode";
  public static final String VAR_OFFICE_NAME = "officeName";
  /** Set on completing the review: the flagged indicators ("市/D1") whose halving org-dept confirms. */
  public static final String VAR_CONFIRMED_HALVINGS = "confirmedHalvings";
  /** Who completed the review: the conclusion and the halvings are audited in their name. */
  public static final String VAR_REVIEWED_BY = "reviewedBy";

  private UnitScoringProcess() {}
}
