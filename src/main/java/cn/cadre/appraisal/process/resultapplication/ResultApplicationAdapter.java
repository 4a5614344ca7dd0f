package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.application.ResultApplicationPort;
import cn.cadre.appraisal.application.ResultFacts;
import cn.cadre.appraisal.process.engine.ApplicationCalls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
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
    // the facts come from the final grade; an org-dept user may be the one whose request starts it
    ApplicationCalls.run(() -> runtime.startProcessInstanceByKey(ResultApplicationProcess.KEY, facts.businessKey(), Variables.createVariables()
        .putValue(ResultApplicationProcess.VAR_CAMPAIGN_ID, facts.campaignId())
        .putValue("year", facts.year())
        .putValue(ResultApplicationProcess.VAR_GRADE_RECORD_ID, facts.gradeRecordId())
        .putValue("subjectName", facts.subjectName())
        .putValue(ResultApplicationProcess.VAR_CADRE_USER_ID, facts.recipientUserId())
        .putValue("currentPosition", facts.currentPosition())
        .putValue("finalGrade", facts.finalGrade())
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
        .putValueTyped(ResultApplicationProcess.VAR_LEADER_OPTIONS, options(talkLeaders))));
  }

  /** A select's options as Camunda Forms reads them from a variable: [{label, value}, …]. */
  static ObjectValue options(Map<String, String> labelsByValue) {
    // LinkedHashMap, not Map.of: the engine deserializes only the types on its allow-list
    List<Map<String, String>> options = new ArrayList<>();
    labelsByValue.forEach((value, label) -> {
      Map<String, String> option = new java.util.LinkedHashMap<>();
      option.put("label", label);
      option.put("value", value);
      options.add(option);
    });
    return Variables.objectValue(options).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }
}
