package cn.cadre.appraisal.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stage deadlines: every task of a round is due stageDueDays working days after it opens. */
@Service
public class DeadlineService {

  private final CampaignService campaigns;
  private final WorkingCalendar calendar;
  private final Clock clock;

  public DeadlineService(CampaignService campaigns, WorkingCalendar calendar, Clock clock) {
    this.campaigns = campaigns;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** For a stage opening today: the end of its last working day (the start of the next day). */
  @Transactional(readOnly = true)
  public LocalDateTime dueFor(Long campaignId) {
    int days = campaigns.campaign(campaignId).getStageDueDays();
    return calendar.addWorkingDays(LocalDate.now(clock), days).plusDays(1).atStartOfDay();
  }
}
