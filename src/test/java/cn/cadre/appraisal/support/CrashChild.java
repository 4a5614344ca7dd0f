package cn.cadre.appraisal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.cadre.appraisal.AppraisalApplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The application as a process of its own, for {@code MySqlCrashRecoveryTest} to kill with SIGKILL
 * and start again on the same database. With {@code -Dcrash.drive=PREFIX} it first takes a small
 * round (two units of three cadres) through calibration and approval to its public notice and prints
 * {@code READY <campaignId>}; it then runs until killed.
 */
public final class CrashChild {

  private CrashChild() {}

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(AppraisalApplication.class);
    app.setAdditionalProfiles("mysql");
    ConfigurableApplicationContext context = app.run(args);
    String port = context.getEnvironment().getProperty("local.server.port");
    System.out.println("PORT " + port);
    String prefix = System.getProperty("crash.drive");
    if (prefix != null) {
      TestRestTemplate template = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
      // the mysql profile names no organ: the organisation sets its own before notices are due
      ResponseEntity<String> organ = new RestClient(template, "admin").put("admin", "/api/issuing-organ",
          Map.of("name", "中共崩溃测试县委组织部", "documentPrefix", "崩组"));
      assertThat(organ.getStatusCode()).as(organ.getBody()).isEqualTo(HttpStatus.OK);
      RoundDriver.Round round = RoundDriver.of(context, template).year(Integer.getInteger("crash.year"))
          .toCalibration(prefix, 2, 3);
      RestClient api = new RestClient(template, RoundDriver.PASSWORD);
      String table = "/api/campaigns/" + round.campaignId() + "/calibration";
      List<Map<String, String>> lowered = new ArrayList<>();
      api.json(api.get(round.orgDept(), table + "?grade=优秀")).path("rows").forEach(r -> lowered.add(Map.of(
          "cadreCode", r.path("cadreCode").asText(), "grade", "称职", "reason", "崩溃恢复测试：名额内")));
      if (!lowered.isEmpty()) {
        ResponseEntity<String> saved = api.post(round.orgDept(), table + "/changes", Map.of("changes", lowered));
        assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);
      }
      api.complete(round.orgDept(), api.roundTask(round.orgDept(), "Task_Calibration", round.campaignId()),
          Map.of("calibrationNote", "校准完毕"));
      api.complete(round.committee(), api.roundTask(round.committee(), "Task_Approval", round.campaignId()),
          Map.of("approvalDecision", "approve"));
      await().atMost(Duration.ofSeconds(60)).until(() -> "PUBLIC_NOTICE".equals(
          api.json(api.get(round.orgDept(), "/api/campaigns/" + round.campaignId())).path("status").asText()));
      System.out.println("READY " + round.campaignId());
    }
    System.out.flush();
  }
}
