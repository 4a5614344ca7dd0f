package cn.cadre.appraisal.process.routine;

import cn.cadre.appraisal.process.JsonVariables;
import cn.cadre.appraisal.process.engine.ApplicationCalls;
import cn.cadre.appraisal.routine.RoutineProcessPort;
import cn.cadre.appraisal.routine.RoutineRound;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts one RoutineAppraisalProcess per routine round, business key "2026-Q1-ROUTINE/round-7". */
@Component
class RoutineProcessAdapter implements RoutineProcessPort {

  private final RuntimeService runtime;

  private final cn.cadre.appraisal.process.OrganisationTime time;

  RoutineProcessAdapter(RuntimeService runtime, cn.cadre.appraisal.process.OrganisationTime time) {
    this.time = time;
    this.runtime = runtime;
  }

  @Override
  public void start(RoutineRound round, Map<String, String> unitNames, Map<String, List<String>> scorers) {
    // every unit has an entry (an empty list: org-dept alone), as the task's candidate users read it
    Map<String, Object> unitScorers = new java.util.LinkedHashMap<>();
    unitNames.keySet().forEach(code -> unitScorers.put(code, new java.util.ArrayList<>(scorers.getOrDefault(code,
        List.of()))));
    String businessKey = round.businessKey();
    // the due date is the end of the last day to score
    Date due = time.lastSecondOf(round.getDueDate());
    ApplicationCalls.run(() -> runtime.startProcessInstanceByKey(RoutineAppraisalProcess.KEY, businessKey,
        Variables.createVariables()
            .putValue(RoutineAppraisalProcess.VAR_ROUTINE_ROUND_ID, round.getId())
            .putValue(RoutineAppraisalProcess.VAR_ROUND_TITLE, round.title())
            .putValue(RoutineAppraisalProcess.VAR_DUE_DATE, due)
            .putValue(RoutineAppraisalProcess.VAR_MID_YEAR, round.getPeriod().endsMidYear())
            .putValueTyped(RoutineAppraisalProcess.VAR_UNIT_CODES, JsonVariables.list(List.copyOf(unitNames.keySet())))
            .putValueTyped(RoutineAppraisalProcess.VAR_UNIT_NAMES, JsonVariables.map(unitNames))
            .putValueTyped(RoutineAppraisalProcess.VAR_UNIT_SCORERS, JsonVariables.map(unitScorers))));
  }
}
