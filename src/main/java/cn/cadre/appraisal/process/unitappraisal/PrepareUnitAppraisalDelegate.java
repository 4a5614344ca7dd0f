package cn.cadre.appraisal.process.unitappraisal;

import cn.cadre.appraisal.process.JsonVariables;
import cn.cadre.appraisal.process.ProcessFacts;
import static cn.cadre.appraisal.process.unitappraisal.UnitAppraisalProcess.*;

import cn.cadre.appraisal.campaign.CampaignService;
import cn.cadre.appraisal.campaign.UnitParticipants;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PrepareUnitAppraisal: who takes part — the unit's cadres and the appraisal team sent to it. */
@Component("prepareUnitAppraisalDelegate")
class PrepareUnitAppraisalDelegate implements JavaDelegate {

  private final CampaignService campaigns;

  private final cn.cadre.appraisal.process.OrganisationTime time;

  PrepareUnitAppraisalDelegate(CampaignService campaigns, cn.cadre.appraisal.process.OrganisationTime time) {
    this.time = time;
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UnitParticipants participants = campaigns.participants(
        ProcessFacts.of(execution).campaignId(), ProcessFacts.of(execution).unitCode());
    execution.setVariable(VAR_UNIT_NAME, participants.unitName());
    execution.setVariable(VAR_CADRE_USER_IDS, JsonVariables.list(participants.cadreUserIds()));
    execution.setVariable(VAR_CADRE_NAMES, JsonVariables.map(participants.cadreNames()));
    execution.setVariable(VAR_TEAM_PRINCIPAL_USER_ID, participants.principalUserId());
    execution.setVariable(VAR_APPRAISAL_TEAM_MEMBERS, JsonVariables.list(participants.appraisalTeamMembers()));
    execution.setVariable(UnitAppraisalProcess.VAR_EVALUATION_BY_BALLOT, participants.evaluationByBallot());
    execution.setVariable(UnitAppraisalProcess.VAR_BALLOT_WINDOW_ENDS_AT, participants.ballotWindowEndsAt() == null ? null
        : time.date(participants.ballotWindowEndsAt()));
    execution.setVariable(VAR_NEGATIVE_LISTS_RETURNED, participants.negativeListsReturned());
  }
}
