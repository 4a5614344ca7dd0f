package cn.cadre.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.support.Province;
import cn.cadre.appraisal.support.WholeRoundDriver;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A small province's whole annual round run by {@link WholeRoundDriver} through the public HTTP APIs
 * only — ballots, every task of every stage and every result path, the public notice's timer — and
 * its end state checked: every cadre and team graded, the quota held, the notices the paths imply,
 * each once, nothing left open, no incident. The same driver measures Sichuan's size as a benchmark
 * (docs/performance.md); here it is a regression test of the end state, not of the time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class WholeRoundScenario {

  @LocalServerPort int port;

  abstract int year();

  @Test
  void aSmallProvincesRound_endsGradedWithItsNoticesAndNothingOpen() throws Exception {
    Province province = Province.generate("wr" + year(), 7, 2, 20);
    WholeRoundDriver driver = new WholeRoundDriver("http://127.0.0.1:" + port, "s3cret-pw", "admin",
        WholeRoundDriver.Settings.small(year()), System.out::println);

    WholeRoundDriver.Report report = driver.run(province);
    WholeRoundDriver.describe(report).forEach(System.out::println);

    assertThat(report.problems()).as("the end state").isEmpty();
    assertThat(report.cadres()).isEqualTo(20);
    assertThat(report.grades().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);
    assertThat(report.notices()).containsEntry("RESULT", 20).containsEntry("TEAM_RESULT", 2)
        .containsEntry("SELF_REPORT_RECEIPT", 20);
    // every cadre's own stage and the round's stages were done by the people they are for
    assertThat(report.byTask()).containsKeys("Task_SelfReport", "Task_ReviewSelfReports", "Task_Interviews",
        "Task_NegativeList", "Task_TeamAnalysis", "Task_ComprehensiveAnalysis", "Task_Calibration", "Task_Approval");
    assertThat(report.byTask().get("Task_SelfReport")[0]).isEqualTo(20);
    assertThat(report.byTask().get("Task_ComprehensiveAnalysis")[0]).isEqualTo(20);
    assertThat(report.paths()).as("the rules opened result paths to work through").isNotEmpty();
  }
}
