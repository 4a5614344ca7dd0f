package cn.cadre.appraisal.process.campaign;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.campaign.PublicNoticeService;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PublishNotice: opens the public-notice window; its end drives TimerEvent_PublicNoticeEnds. */
@Component("publishNoticeDelegate")
class PublishNoticeDelegate implements JavaDelegate {

  private final PublicNoticeService publicNotice;
  private final cn.cadre.appraisal.process.OrganisationTime time;

  PublishNoticeDelegate(PublicNoticeService publicNotice, cn.cadre.appraisal.process.OrganisationTime time) {
    this.time = time;
    this.publicNotice = publicNotice;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var endsAt = publicNotice.open(ProcessFacts.of(execution).campaignId());
    execution.setVariable(CampaignProcess.VAR_NOTICE_ENDS_AT, time.date(endsAt));
  }
}
