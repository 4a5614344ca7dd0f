package cn.cadre.appraisal.campaign;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stage deadlines: every task of a round is due stageDueDays working days after it opens. */
@Service
public class DeadlineService {

  private final CampaignService campaigns;
  private final WorkingCalendar calendar;

  public DeadlineService(CampaignService campaigns, WorkingCalendar calendar) {
    this.campaigns = campaigns;
    this.calendar = calendar;
  }

  /** End of the last working day of the stage (the start of the next day). */
  @Transactional(readOnly = true)
  public LocalDateTime dueFor(Long campaignId, LocalDate openedOn) {
    int days = campaigns.campaign(campaignId).getStageDueDays();
    return calendar.addWorkingDays(openedOn, days).plusDays(1).atStartOfDay();
  }
}
