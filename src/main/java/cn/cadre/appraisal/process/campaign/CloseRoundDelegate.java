package cn.cadre.appraisal.process.campaign;

import cn.cadre.appraisal.campaign.CampaignService;
import cn.cadre.appraisal.process.ProcessFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseRound: every unit's notices are out and its result application started; the round is done. */
@Component("closeRoundDelegate")
class CloseRoundDelegate implements JavaDelegate {

  private final CampaignService campaigns;

  CloseRoundDelegate(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    campaigns.close(ProcessFacts.of(execution).campaignId());
  }
}
