package cn.cadre.appraisal.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 公示: opens the public-notice window of a round and says when it ends. */
@Service
public class PublicNoticeService {

  private final CampaignService campaigns;
  private final WorkingCalendar calendar;
  private final Clock clock;

  public PublicNoticeService(CampaignService campaigns, WorkingCalendar calendar, Clock clock) {
    this.campaigns = campaigns;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The window closes at the end of its last working day (the start of the next day). */
  @Transactional
  public LocalDateTime open(Long campaignId) {
    Campaign campaign = campaigns.campaign(campaignId);
    campaigns.moveTo(campaignId, CampaignStatus.PUBLIC_NOTICE);
    LocalDate lastDay = calendar.addWorkingDays(LocalDate.now(clock), campaign.getPublicNoticeDays());
    return lastDay.plusDays(1).atStartOfDay();
  }
}
