package cn.cadre.appraisal.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.cadre.appraisal.message.Message;
import cn.cadre.appraisal.message.MessageService;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.support.RestClient;
import cn.cadre.appraisal.support.RosterRows;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * 逾期督办 end to end over the engine's REST API: an overdue task is reminded once (two scans at once
 * included); still open at the escalation date it is escalated to its holder, the unit's principal and
 * org-dept, and its holder explains in writing, returned once and then accepted, every step on the red
 * lights list and in the audit; a task done before the escalation date closes its escalation; a task
 * done in time never has one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EscalationTest {

  private static final String PASSWORD = "es-pass-123";
  private static final int YEAR = 2093;

  @Autowired TestRestTemplate template;
  @Autowired OrganisationService organisation;
  @Autowired RedLightService redLights;
  @Autowired EscalationService escalations;
  @Autowired MessageService messages;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired CampaignRepository rounds;
  RestClient api;
  static long campaignId;

  @BeforeEach
  void round() {
    api = new RestClient(template, PASSWORD);
    if (organisation.homeUnitOf("es-od").isPresent()) {
      return;
    }
    ResponseEntity<String> imported = new RestClient(template, "admin").post("admin", "/api/roster", Map.of(
        "units", List.of(RosterRows.unit("es-home", "督办县委组织部"), RosterRows.unit("es-u", "督办测试局")),
        "cadres", List.of(
            RosterRows.cadre("es-u1", "孙局长", "局长", "PRINCIPAL", "es-u", "1972-01-01", PASSWORD),
            RosterRows.cadre("es-u2", "周副局长", "副局长", "DEPUTY", "es-u", "1980-01-01", PASSWORD),
            RosterRows.cadre("es-u3", "吴副局长", "副局长", "DEPUTY", "es-u", "1981-01-01", PASSWORD)),
        "staff", List.of(
            RosterRows.staff("es-od", "督办组织部干部", "es-home", AppraisalGroup.ORG_DEPT.id(), PASSWORD),
            RosterRows.staff("es-tm", "督办考核组", "es-home", AppraisalGroup.APPRAISAL_TEAM.id(), PASSWORD),
            RosterRows.staff("es-disc", "纪检联络员", "es-home", AppraisalGroup.DISCIPLINE.id(), PASSWORD),
            head(RosterRows.staff("es-disc-head", "纪检负责人", "es-home", AppraisalGroup.DISCIPLINE.id(), PASSWORD)))));
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> started = api.post("es-od", "/api/campaigns", Map.of("year", YEAR, "unitCodes", List.of("es-u"),
        "escalationDays", 1, "appraisalTeams", List.of(Map.of("name", "督办组", "members", List.of("es-tm"),
            "unitCodes", List.of("es-u")))));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.CREATED);
    campaignId = api.json(started).path("id").asLong();
    api.awaitRoundStarted("es-od", campaignId);
    assertThat(api.json(started).path("escalationDays").asInt()).isEqualTo(1);
  }

  @Test
  void overdue_remindedOnce_escalated_explained_returned_accepted() throws Exception {
    String report = api.task("es-u2", "Task_SelfReport", null);
    tasks.setDueDate(report, Date.from(Instant.now().minusSeconds(3600)));

    // two scans at once (two nodes): one reminder, one escalation process
    assertThat(scanTwiceAtOnce()).as("(or none, if the scheduled scan came first)").isLessThanOrEqualTo(1);
    assertThat(redLights.remindOverdue()).as("a later scan").isZero();
    Escalation e = escalations.escalation(report);
    assertThat(e.getLevel()).isEqualTo(EscalationLevel.REMINDED);
    assertThat(e.getResponsible()).isEqualTo("督办测试局");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(YEAR + "-ANNUAL/unit-es-u/escalation-" + report)
        .count()).isEqualTo(1);
    assertThat(titles("es-u2")).containsOnlyOnce("任务已逾期：填写述职述廉报告（2093年度考核，督办测试局）");
    assertThat(body("es-u2", "任务已逾期")).contains("办理期限", "将升级督办");
    JsonNode light = light(report);
    assertThat(light.path("level").asText()).isEqualTo("REMINDED");
    assertThat(light.path("levelLabel").asText()).isEqualTo("已催办");

    // the escalation date comes (the job executor runs the timer): holder, principal and org-dept are told
    escalationDateComes(report);
    await().atMost(Duration.ofSeconds(30)).until(() -> escalations.escalation(report).getLevel() == EscalationLevel.ESCALATED);
    assertThat(titles("es-u2")).containsOnlyOnce("升级督办：填写述职述廉报告（2093年度考核，督办测试局）");
    assertThat(titles("es-u1")).containsOnlyOnce("升级督办：填写述职述廉报告（2093年度考核，督办测试局）");
    assertThat(body("es-u1", "升级督办")).contains("督办测试局", "催办后仍未办理");
    assertThat(titles("es-od")).containsOnlyOnce("升级督办：填写述职述廉报告（2093年度考核，督办测试局）");
    assertThat(titles("es-u3")).noneMatch(t -> t.startsWith("升级督办"));

    // the holder explains in writing: blank is refused, nothing changes
    String explain = api.task("es-u2", "Task_ExplainLateTask", null);
    assertThat(api.json(api.get("es-u2", "/engine-rest/task/" + explain)).path("name").asText())
        .isEqualTo("情况说明：填写述职述廉报告（2093年度考核，督办测试局）");
    ResponseEntity<String> blank = api.submit("es-u2", explain, Map.of("explanation", "  "));
    assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(blank.getBody()).contains("请填写情况说明");
    assertThat(api.json(api.get("es-u2", "/engine-rest/task?taskDefinitionKey=Task_ReviewExplanation"))).isEmpty();
    api.complete("es-u2", explain, Map.of("explanation", "忙于年终工作"));
    assertThat(light(report).path("levelLabel").asText()).isEqualTo("已说明，待审核");
    assertThat(light(report).path("explanation").asText()).isEqualTo("忙于年终工作");

    // org-dept returns it (a reason is required), the holder is told and explains again; accepted
    String review = api.task("es-od", "Task_ReviewExplanation", null);
    ResponseEntity<String> noReason = api.submit("es-od", review, Map.of("explanationReview", "return"));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("退回重新说明时请写明理由");
    api.complete("es-od", review, Map.of("explanationReview", "return", "explanationComment", "请写明补报时间"));
    assertThat(titles("es-u2")).containsOnlyOnce("情况说明被退回：填写述职述廉报告（2093年度考核，督办测试局）");
    assertThat(light(report).path("level").asText()).isEqualTo("RETURNED");
    api.complete("es-u2", api.task("es-u2", "Task_ExplainLateTask", null),
        Map.of("explanation", "忙于年终工作，12月4日前报送"));
    // the review form starts empty again: the earlier return's reason is not offered as the acceptance's
    String secondReview = api.task("es-od", "Task_ReviewExplanation", null);
    JsonNode shown = api.json(api.get("es-od", "/engine-rest/task/" + secondReview + "/form-variables"));
    assertThat(shown.path("explanationComment").path("value").isNull()).as(shown.toString()).isTrue();
    api.complete("es-od", secondReview, Map.of("explanationReview", "accept"));
    light = light(report);
    assertThat(light.path("levelLabel").asText()).isEqualTo("说明已认可");
    assertThat(light.path("explanation").asText()).isEqualTo("忙于年终工作，12月4日前报送");
    assertThat(light.path("reviewComment").isNull()).as("no stale reason on the acceptance").isTrue();
    assertThat(escalations.history(report)).extracting(EscalationAudit::getAction).containsExactly(
        EscalationLevel.REMINDED, EscalationLevel.ESCALATED, EscalationLevel.EXPLAINED, EscalationLevel.RETURNED,
        EscalationLevel.EXPLAINED, EscalationLevel.ACCEPTED);
    assertThat(escalations.history(report)).extracting(EscalationAudit::getDetail)
        .contains("忙于年终工作", "请写明补报时间", "忙于年终工作，12月4日前报送");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("%/escalation-" + report).count())
        .as("the escalation has ended").isZero();
  }

  @Test
  void theTaskDoneBeforeTheEscalationDate_closesIt_andATaskDoneInTimeHasNone() throws Exception {
    String late = api.task("es-u3", "Task_SelfReport", null);
    tasks.setDueDate(late, Date.from(Instant.now().minusSeconds(3600)));
    redLights.remindOverdue();
    assertThat(escalations.escalation(late).getLevel()).isEqualTo(EscalationLevel.REMINDED);
    String key = YEAR + "-ANNUAL/unit-es-u/escalation-" + late;
    Job timer = management.createJobQuery().processInstanceId(
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId()).singleResult();
    assertThat(timer).isNotNull();

    api.complete("es-u3", late, Map.of("reportText", "迟交的述职述廉报告。"));
    assertThat(escalations.escalation(late).getLevel()).isEqualTo(EscalationLevel.CLOSED);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
    assertThat(management.createJobQuery().jobId(timer.getId()).count()).as("no escalation will come").isZero();
    assertThat(titles("es-u3")).noneMatch(t -> t.startsWith("升级督办"));

    // the principal's report, done in time: never reminded, never escalated
    String inTime = api.task("es-u1", "Task_SelfReport", null);
    api.complete("es-u1", inTime, Map.of("reportText", "按时提交的述职述廉报告。"));
    redLights.remindOverdue();
    assertThat(escalations.of(List.of(inTime))).isEmpty();
  }

  @Test
  void aRoundsEscalationDaysOutsideOneToThirty_areRefused() {
    for (int days : new int[] {0, 31}) {
      ResponseEntity<String> refused = api.post("es-od", "/api/campaigns", Map.of("year", YEAR + 1, "unitCodes",
          List.of("es-u"), "escalationDays", days, "appraisalTeams", List.of(Map.of("name", "督办组", "members",
              List.of("es-tm"), "unitCodes", List.of("es-u")))));
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).contains("escalationDays 必须在1到30个工作日之间: " + days);
    }
    assertThat(rounds.findAll()).as("nothing opened").noneMatch(c -> c.getYear() == YEAR + 1);
  }

  @Test
  void anOfficesOverdueTask_isEscalatedToTheOfficesHead() {
    String list = api.roundTask("es-disc", "Task_NegativeList", campaignId);
    tasks.setDueDate(list, Date.from(Instant.now().minusSeconds(3600)));
    redLights.remindOverdue();
    assertThat(escalations.escalation(list).getResponsible()).isEqualTo("纪检监察");
    escalationDateComes(list);
    await().atMost(Duration.ofSeconds(30)).until(() -> escalations.escalation(list).getLevel() == EscalationLevel.ESCALATED);
    for (String told : List.of("es-disc", "es-disc-head", "es-od")) {
      assertThat(titles(told)).as(told).containsOnlyOnce("升级督办：报送负面清单：纪检监察（" + YEAR + "年度考核）");
    }
    assertThat(titles("es-u1")).as("not the unit's principal").noneMatch(t -> t.contains("报送负面清单"));
    assertThat(api.task("es-disc-head", "Task_ExplainLateTask", null)).isNotBlank();
  }

  /** Another kind of appraisal knows a unit by its code: its overdue task is escalated to the unit's principal too. */
  @Test
  void aRoutineRoundsOverdueTask_isEscalatedToTheUnitsPrincipal() {
    String due = java.time.LocalDate.now().plusDays(10).toString();
    int year = java.time.LocalDate.now().getYear(); // a routine round is for this year (or the one before or after)
    ResponseEntity<String> opened = api.post("es-od", "/api/routine-rounds", Map.of("year", year, "period", "Q2",
        "units", List.of("es-u"), "dueDate", due));
    assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.CREATED);
    String score = tasks.createTaskQuery().processDefinitionKey("RoutineAppraisalProcess")
        .processInstanceBusinessKey(year + "-Q2-ROUTINE/round-" + api.json(opened).path("id").asLong())
        .taskDefinitionKey("Task_ScoreUnit").singleResult().getId();
    tasks.setDueDate(score, Date.from(Instant.now().minusSeconds(3600)));

    redLights.remindOverdue();
    assertThat(escalations.escalation(score).getResponsible()).as("named after the unit").isEqualTo("督办测试局");
    escalationDateComes(score);
    await().atMost(Duration.ofSeconds(30)).until(() -> escalations.escalation(score).getLevel() == EscalationLevel.ESCALATED);
    String title = "升级督办：平时考核评分：督办测试局（" + year + "年第二季度平时考核）";
    assertThat(titles("es-u1")).as("the unit's principal").containsOnlyOnce(title);
    assertThat(titles("es-od")).as("org-dept, who holds the task").containsOnlyOnce(title);
    assertThat(titles("es-u2")).as("not a deputy").noneMatch(t -> t.startsWith("升级督办：平时考核"));
  }

  private static Map<String, Object> head(Map<String, Object> staff) {
    Map<String, Object> row = new java.util.HashMap<>(staff);
    row.put("officeHead", "是");
    return row;
  }

  private int scanTwiceAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> scans = List.of(redLights::remindOverdue, redLights::remindOverdue);
      int sent = 0;
      for (Future<Integer> scan : pool.invokeAll(scans)) {
        sent += scan.get();
      }
      return sent;
    } finally {
      pool.shutdown();
    }
  }

  private void escalationDateComes(String taskId) {
    String instance = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKeyLike("%/escalation-" + taskId).singleResult().getId();
    Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
    management.setJobDuedate(timer.getId(), Date.from(Instant.now().minusSeconds(1)));
  }

  private JsonNode light(String taskId) {
    for (JsonNode light : api.json(api.get("es-od", "/api/campaigns/" + campaignId + "/red-lights"))) {
      if (light.path("taskId").asText().equals(taskId)) {
        return light;
      }
    }
    throw new AssertionError("no red light for " + taskId);
  }

  private List<String> titles(String user) {
    return messages.inbox(user, false).stream().map(Message::getTitle).toList();
  }

  private String body(String user, String titleStart) {
    return messages.inbox(user, false).stream().filter(m -> m.getTitle().startsWith(titleStart)).findFirst()
        .orElseThrow().getBody();
  }
}
