package cn.cadre.appraisal.process.campaign;

import cn.cadre.appraisal.process.JsonVariables;
import cn.cadre.appraisal.campaign.CampaignProcessPort;
import cn.cadre.appraisal.grading.ObjectionPort;
import cn.cadre.appraisal.process.engine.ApplicationCalls;
import cn.cadre.appraisal.process.engine.ConflictRetry;
import cn.cadre.appraisal.campaign.RoundOffices;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Engine side of a round: starts AppraisalCampaignProcess and hands it objections. */
@Component
class CampaignProcessAdapter implements CampaignProcessPort, ObjectionPort {

  private final RuntimeService runtime;
  private final org.camunda.bpm.engine.HistoryService history;
  private final cn.cadre.appraisal.process.AsApplication application;

  CampaignProcessAdapter(RuntimeService runtime, org.camunda.bpm.engine.HistoryService history,
      cn.cadre.appraisal.process.AsApplication application) {
    this.runtime = runtime;
    this.history = history;
    this.application = application;
  }

  @Override
  public java.util.Set<String> startedUnitProcesses(String roundKey) {
    // history holds every instance started, running or ended; as the application (progress is an oversight view)
    return application.call(() -> history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(cn.cadre.appraisal.process.unitappraisal.UnitAppraisalProcess.KEY)
        .processInstanceBusinessKeyLike(roundKey + "/unit-%").list().stream()
        .map(org.camunda.bpm.engine.history.HistoricProcessInstance::getBusinessKey)
        .collect(java.util.stream.Collectors.toSet()));
  }

  @Override
  public String start(String businessKey, long campaignId, int year, List<String> unitCodes,
      List<RoundOffices.OfficeRef> offices, boolean evaluationByBallot) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String> groups = new LinkedHashMap<>();
    offices.forEach(o -> {
      names.put(o.code(), o.name());
      groups.put(o.code(), o.groupId());
    });
    // the round's facts come from CampaignService, not from the user who opens it
    return ApplicationCalls.run(() -> runtime.startProcessInstanceByKey(CampaignProcess.KEY, businessKey,
        Variables.createVariables()
            .putValue(CampaignProcess.VAR_CAMPAIGN_ID, campaignId)
            .putValue(CampaignProcess.VAR_YEAR, year)
            .putValue(CampaignProcess.VAR_EVALUATION_BY_BALLOT, evaluationByBallot)
            .putValueTyped(CampaignProcess.VAR_UNIT_CODES, JsonVariables.list(unitCodes))
            .putValueTyped(CampaignProcess.VAR_OFFICE_CODES, JsonVariables.list(List.copyOf(names.keySet())))
            .putValueTyped(CampaignProcess.VAR_OFFICE_NAMES, JsonVariables.map(names))
            .putValueTyped(CampaignProcess.VAR_OFFICE_GROUPS, JsonVariables.map(groups)))
        .getId());
  }

  @Override
  public boolean lodge(Long campaignId, String cadreUserId, String cadreName, String unitName, String text) {
    try {
      // local: several objections may be open at once, each in its own event sub-process; retried
      // because the job that ends an earlier objection's sub-process may touch the instance at the same moment
      ConflictRetry.onConflict(() -> ApplicationCalls.run(() -> runtime
          .createMessageCorrelation(CampaignProcess.MESSAGE_OBJECTION_LODGED)
          .processInstanceVariableEquals(CampaignProcess.VAR_CAMPAIGN_ID, campaignId)
          .setVariableLocal(CampaignProcess.VAR_OBJECTION_CADRE_USER_ID, cadreUserId)
          .setVariableLocal(CampaignProcess.VAR_OBJECTION_CADRE_NAME, cadreName)
          .setVariableLocal(CampaignProcess.VAR_OBJECTION_UNIT_NAME, unitName)
          .setVariableLocal(CampaignProcess.VAR_OBJECTION_TEXT, text)
          .correlateWithResult()));
      return true;
    } catch (MismatchingMessageCorrelationException e) {
      return false;
    }
  }
}
