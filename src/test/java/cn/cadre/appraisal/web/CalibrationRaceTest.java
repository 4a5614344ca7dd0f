package cn.cadre.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.cadre.appraisal.support.RestClient;
import cn.cadre.appraisal.support.RoundDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two org-dept users raise a grade to 优秀 at the same moment when the quota has room for one: each
 * change alone is allowed, both together are not. One is saved, the other is refused with the
 * quota, and the round ends at the quota exactly.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CalibrationRaceTest {

  @Autowired ApplicationContext context;

  @Test
  void twoRaisesAtOnceWithRoomForOne_oneIsSavedAndTheQuotaHolds() throws Exception {
    RoundDriver.Round round = RoundDriver.of(context).year(2062).excellentQuota(0.5).toCalibration("cr", 2, 4);
    RestClient api = new RestClient(context.getBean(org.springframework.boot.test.web.client.TestRestTemplate.class),
        RoundDriver.PASSWORD);
    String od = round.orgDept();
    String table = "/api/campaigns/" + round.campaignId() + "/calibration";

    // leave room for exactly one more 优秀 (lowering is always allowed)
    JsonNode quota = api.json(api.get(od, table)).path("quota");
    int excellent = quota.path("excellent").asInt();
    int allowed = quota.path("allowed").asInt();
    int target = allowed - 1;
    if (excellent != target) {
      boolean lower = excellent > target;
      List<Map<String, String>> changes = new ArrayList<>();
      api.json(api.get(od, table + "?grade=" + (lower ? "优秀" : "称职") + "&size=" + Math.abs(excellent - target)))
          .path("rows").forEach(r -> changes.add(Map.of("cadreCode", r.path("cadreCode").asText(),
              "grade", lower ? "称职" : "优秀", "reason", "为并发测试准备名额")));
      ResponseEntity<String> prepared = api.post(od, table + "/changes", Map.of("changes", changes));
      assertThat(prepared.getStatusCode()).as(prepared.getBody()).isEqualTo(HttpStatus.OK);
    }
    assertThat(api.json(api.get(od, table)).path("quota").path("excellent").asInt()).isEqualTo(allowed - 1);
    JsonNode competent = api.json(api.get(od, table + "?grade=称职")).path("rows");
    List<String> raised = List.of(competent.get(0).path("cadreCode").asText(), competent.get(1).path("cadreCode").asText());

    ExecutorService pool = Executors.newFixedThreadPool(2);
    CyclicBarrier together = new CyclicBarrier(2);
    List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
    try {
      for (String code : raised) {
        answers.add(pool.submit(() -> {
          together.await();
          return api.post(od, table + "/changes",
              Map.of("changes", List.of(Map.of("cadreCode", code, "grade", "优秀", "reason", "实绩突出"))));
        }));
      }
      List<ResponseEntity<String>> responses = new ArrayList<>();
      for (Future<ResponseEntity<String>> answer : answers) {
        responses.add(answer.get(60, TimeUnit.SECONDS));
      }
      assertThat(responses).extracting(ResponseEntity::getStatusCode).as(responses.toString())
          .containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.BAD_REQUEST);
      assertThat(responses).filteredOn(r -> r.getStatusCode() == HttpStatus.BAD_REQUEST).singleElement()
          .satisfies(r -> assertThat(r.getBody()).contains("超过上限 " + allowed + " 名"));
    } finally {
      pool.shutdownNow();
    }
    assertThat(api.json(api.get(od, table)).path("quota").path("excellent").asInt()).isEqualTo(allowed);
  }
  /**
   * Two org-dept users press 完成 on the same 统筹校准 task at the same moment: one completes it, the
   * other is told the task is gone, and the round moves on once — one approval task, one completion.
   */
  @Test
  void twoUsersCompleteTheSameTaskAtOnce_oneWinsAndTheRoundMovesOnOnce() throws Exception {
    RoundDriver driver = RoundDriver.of(context);
    RoundDriver.Round round = driver.year(2063).toCalibration("tr", 2, 2);
    TestRestTemplate template = context.getBean(TestRestTemplate.class);
    RestClient api = new RestClient(template, RoundDriver.PASSWORD);
    ResponseEntity<String> imported = new RestClient(template, "admin").post("admin", "/api/roster", Map.of(
        "units", List.of(), "cadres", List.of(), "staff", List.of(Map.of("userId", "tr-od2", "name", "并发测试组织部二",
            "homeUnitCode", round.homeUnit(), "groups", List.of("org-dept"), "initialPassword", RoundDriver.PASSWORD))));
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
    // within the quota, so that completing is allowed (lowering always is)
    String table = "/api/campaigns/" + round.campaignId() + "/calibration";
    List<Map<String, String>> lowered = new ArrayList<>();
    api.json(api.get(round.orgDept(), table + "?grade=优秀")).path("rows").forEach(r -> lowered.add(Map.of(
        "cadreCode", r.path("cadreCode").asText(), "grade", "称职", "reason", "为并发测试让出名额")));
    if (!lowered.isEmpty()) {
      ResponseEntity<String> saved = api.post(round.orgDept(), table + "/changes", Map.of("changes", lowered));
      assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);
    }
    String task = driver.calibrationTask(round).getId();
    assertThat(api.taskIds("tr-od2")).as("both may complete it").contains(task);

    ExecutorService pool = Executors.newFixedThreadPool(2);
    CyclicBarrier together = new CyclicBarrier(2);
    List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
    try {
      for (String user : List.of(round.orgDept(), "tr-od2")) {
        answers.add(pool.submit(() -> {
          together.await();
          return api.post(user, "/engine-rest/task/" + task + "/complete",
              Map.of("variables", Map.of("calibrationNote", Map.of("value", "校准完毕：" + user))));
        }));
      }
      List<ResponseEntity<String>> responses = new ArrayList<>();
      for (Future<ResponseEntity<String>> answer : answers) {
        responses.add(answer.get(60, TimeUnit.SECONDS));
      }
      assertThat(responses).extracting(r -> r.getStatusCode().value()).as(responses.toString())
          .containsExactlyInAnyOrder(204, 400);
      assertThat(responses).filteredOn(r -> r.getStatusCode().value() == 400).singleElement()
          .satisfies(r -> assertThat(r.getBody()).containsAnyOf("该任务刚由他人同时办理完毕", "该任务已不存在"));
    } finally {
      pool.shutdownNow();
    }
    ResponseEntity<String> late = api.post("tr-od2", "/engine-rest/task/" + task + "/complete", Map.of("variables", Map.of()));
    assertThat(late.getStatusCode()).as("a stale list's completion").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(late.getBody()).contains("该任务已不存在", "未保存任何内容");
    RestClient admin = new RestClient(template, "admin");
    assertThat(admin.json(admin.get("admin", "/engine-rest/history/task?taskDefinitionKey=Task_Calibration&finished=true"
        + "&processInstanceBusinessKey=" + round.campaignKey()))).as("completed once").hasSize(1);
    String approvals = "/engine-rest/task?taskDefinitionKey=Task_Approval&processInstanceBusinessKey=" + round.campaignKey();
    await().atMost(Duration.ofSeconds(30)).until(() -> admin.json(admin.get("admin", approvals)).size() > 0);
    assertThat(admin.json(admin.get("admin", approvals))).as("the round moved on once").hasSize(1);
  }
}
