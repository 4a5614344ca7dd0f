package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.application.ResultApplicationPort;
import cn.cadre.appraisal.application.ResultFacts;
import cn.cadre.appraisal.process.JsonVariables;
import cn.cadre.appraisal.process.engine.ApplicationCalls;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Engine side of result application: starts ResultApplicationProcess with the facts its decision reads. */
@Component
class ResultApplicationAdapter implements ResultApplicationPort {

  private final RuntimeService runtime;
  private final HistoryService history;

  ResultApplicationAdapter(RuntimeService runtime, HistoryService history) {
    this.runtime = runtime;
    this.history = history;
  }

  @Override
  public boolean isStarted(String businessKey) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(ResultApplicationProcess.KEY)
        .processInstanceBusinessKey(businessKey).count() > 0;
  }

  @Override
  public void start(ResultFacts facts, Map<String, String> talkLeaders) {
    VariableMap variables = Variables.createVariables();
    if (facts.campaignId() != null) {
      // an annual grade's instance belongs to its round (red lights, incidents)
      variables.putValue(ResultApplicationProcess.VAR_CAMPAIGN_ID, facts.campaignId());
    }
    // the facts come from the finding; an org-dept user may be the one whose request starts it
    ApplicationCalls.run(() -> runtime.startProcessInstanceByKey(ResultApplicationProcess.KEY, facts.businessKey(), variables
        .putValue("year", facts.year())
        .putValue(ResultApplicationProcess.VAR_SUBJECT_ID, facts.subjectId())
        .putValue(ResultApplicationProcess.VAR_SOURCE, facts.source().name())
        .putValue("sourceLabel", facts.source().label())
        .putValue("basis", facts.basis())
        .putValue("doingWell", facts.doingWell())
        .putValueTyped(ResultApplicationProcess.VAR_CONCLUSION, Variables.stringValue(facts.conclusion()))
        .putValueTyped("poolName", Variables.stringValue(facts.poolName()))
        .putValue("subjectName", facts.subjectName())
        .putValue(ResultApplicationProcess.VAR_CADRE_USER_ID, facts.recipientUserId())
        .putValue("currentPosition", facts.currentPosition())
        .putValueTyped("finalGrade", Variables.stringValue(facts.finalGrade()))
        .putValue("finalGradeLabel", facts.finalGradeLabel())
        .putValue("consecutiveExcellentYears", facts.consecutiveExcellentYears())
        .putValue("potentialForPromotion", facts.potentialForPromotion())
        .putValue("earlySignProblems", facts.earlySignProblems())
        .putValueTyped("weaknessTopic", Variables.stringValue(facts.weaknessTopic()))
        .putValue("problemsFound", facts.problemsFound())
        .putValue("problems", facts.problems())
        .putValueTyped(ResultApplicationProcess.VAR_TEAM_GRADE, Variables.stringValue(facts.teamGrade()))
        .putValue("isPrincipal", facts.isPrincipal())
        .putValue("promotionBarred", facts.promotionBarred())
        .putValueTyped(ResultApplicationProcess.VAR_LEADER_OPTIONS, JsonVariables.options(talkLeaders))));
  }
}
