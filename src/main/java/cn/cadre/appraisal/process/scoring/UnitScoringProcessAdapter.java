package cn.cadre.appraisal.process.scoring;

import cn.cadre.appraisal.process.JsonVariables;
import cn.cadre.appraisal.process.engine.ApplicationCalls;
import cn.cadre.appraisal.scoring.ScoringRound;
import cn.cadre.appraisal.scoring.ScoringRoundService;
import cn.cadre.appraisal.scoring.UnitScoringProcessPort;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts one UnitScoringProcess per scoring round, business key "2026-SCORING/round-3". */
@Component
class UnitScoringProcessAdapter implements UnitScoringProcessPort {

  private final RuntimeService runtime;
  private final TaskService tasks;

  private final cn.cadre.appraisal.process.OrganisationTime time;

  UnitScoringProcessAdapter(RuntimeService runtime, TaskService tasks, cn.cadre.appraisal.process.OrganisationTime time) {
    this.time = time;
    this.runtime = runtime;
    this.tasks = tasks;
  }

  @Override
  public void start(ScoringRound round, Map<String, String> officeNames, Map<String, String> officeGroups) {
    // the due date is the end of the last day to score
    Date due = time.lastSecondOf(round.getDueDate());
    ApplicationCalls.run(() -> runtime.startProcessInstanceByKey(UnitScoringProcess.KEY, round.businessKey(),
        Variables.createVariables()
            .putValue(UnitScoringProcess.VAR_SCORING_ROUND_ID, round.getId())
            .putValue(UnitScoringProcess.VAR_ROUND_TITLE, round.title())
            .putValue(UnitScoringProcess.VAR_DUE_DATE, due)
            .putValueTyped(UnitScoringProcess.VAR_OFFICE_CODES, JsonVariables.list(List.copyOf(officeNames.keySet())))
            .putValueTyped(UnitScoringProcess.VAR_OFFICE_NAMES, JsonVariables.map(officeNames))
            .putValueTyped(UnitScoringProcess.VAR_OFFICE_GROUPS, JsonVariables.map(officeGroups))));
  }

  @Override
  public void reviewChanged(ScoringRound round, ScoringRoundService.ReviewSummary summary) {
    ApplicationCalls.run(() -> tasks.createTaskQuery().processInstanceBusinessKey(round.businessKey())
        .taskDefinitionKey(UnitScoringProcess.TASK_REVIEW_UNIT_SCORES).list().forEach(task ->
            ReviewUnitScoresListener.show(summary, (name, value) -> tasks.setVariableLocal(task.getId(), name, value))));
  }
}
