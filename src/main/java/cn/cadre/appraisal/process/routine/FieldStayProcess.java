package cn.cadre.appraisal.process.routine;

/**
 * Ids and variable names of processes/field-stay.bpmn that the code relies on; ModelContractTest
 * fails when the model loses one.
 */
public final class FieldStayProcess {

  public static final String KEY = "FieldStayProcess";
  public static final String RESOURCE = "field-stay.bpmn";

  public static final String START_EVENT_STAY_OPENED = "StartEvent_FieldStayOpened";
  public static final String TASK_RECORD_STAY_TALKS = "Task_RecordStayTalks";
  public static final String TASK_RECORD_STAY_VISITS = "Task_RecordStayVisits";
  public static final String TASK_RECORD_STAY_OUTPUTS = "Task_RecordStayOutputs";
  public static final String TASK_APPLY_STAY_FINDINGS = "Task_ApplyStayFindings";
  public static final String TASK_CLOSE_FIELD_STAY = "Task_CloseFieldStay";
  public static final String END_EVENT_STAY_DONE = "EndEvent_FieldStayDone";

  public static final String VAR_STAY_ID = "stayId";
  public static final String VAR_BASIS = "basis";
  public static final String VAR_DUE_DATE = "dueDate";
  public static final String VAR_TEAM_MEMBERS = "teamMembers";
  public static final String VAR_UNIT_CADRES = "unitCadres";

  private FieldStayProcess() {}
}
