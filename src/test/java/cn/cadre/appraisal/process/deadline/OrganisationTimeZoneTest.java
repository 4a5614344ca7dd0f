package cn.cadre.appraisal.process.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.campaign.RedLightService;
import cn.cadre.appraisal.campaign.WorkingCalendar;
import cn.cadre.appraisal.support.OrganisationClock;
import cn.cadre.appraisal.support.RoundDriver;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Deadlines in the organisation's time zone on a server in another one: the test JVM runs on UTC (the
 * pom), the organisation is in Asia/Shanghai (appraisal.time-zone's default). A stage's tasks are due
 * at the end of their last working day in Beijing — midnight there, 16:00 UTC — not at 00:00 UTC
 * (08:00 in Beijing the next morning), and that day is counted from today in Beijing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OrganisationTimeZoneTest {

  @Autowired ApplicationContext context;
  @Autowired TaskService tasks;
  @Autowired Clock clock;
  @Autowired WorkingCalendar calendar;
  @Autowired RedLightService redLights;
  @Autowired cn.cadre.appraisal.campaign.CampaignService campaigns;

  @Test
  void aStageIsDueAtMidnightInBeijing_onAServerInUtc() {
    assertThat(ZoneId.systemDefault().getRules().getOffset(java.time.Instant.now())).as("the server's zone")
        .isEqualTo(ZoneOffset.UTC);
    assertThat(clock.getZone()).isEqualTo(OrganisationClock.ZONE);

    RoundDriver.Round round = RoundDriver.of(context).year(2086).open("tz", 2, 1);
    Task selfReport = tasks.createTaskQuery().taskAssignee(round.cadreCode(1, 1)).taskDefinitionKey("Task_SelfReport")
        .singleResult();
    ZonedDateTime due = selfReport.getDueDate().toInstant().atZone(OrganisationClock.ZONE);
    assertThat(due.toLocalTime()).as("the end of a day in Beijing").isEqualTo(LocalTime.MIDNIGHT);
    assertThat(selfReport.getDueDate().toInstant().atZone(ZoneOffset.UTC).toLocalTime()).isEqualTo(LocalTime.of(16, 0));
    // the last working day counted from today in Beijing
    int days = campaigns.campaign(round.campaignId()).getStageDueDays();
    assertThat(due.toLocalDate().minusDays(1)).isEqualTo(calendar.addWorkingDays(OrganisationClock.today(), days));
    // not yet late, in either zone's reading of now
    assertThat(redLights.redLights(round.campaignId())).isEmpty();
  }
}
