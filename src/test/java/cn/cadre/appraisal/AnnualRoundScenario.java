package cn.cadre.appraisal;

import cn.cadre.appraisal.support.RosterRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.cadre.appraisal.evaluation.SelfReportRepository;
import cn.cadre.appraisal.grading.GradeAudit;
import cn.cadre.appraisal.grading.GradingService;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.support.RestClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A whole annual round over HTTP, as its users would run it through the REST API (the same calls
 * Tasklist makes), on H2 and on MySQL/MariaDB by the subclasses: campaign start with 回避, reports,
 * democratic evaluation, interviews, verification, analysis with the grading rules and the team
 * cap, calibration against the quota, a send-back by the party committee, a public notice with an
 * objection, final grades and result notices. Confidentiality and bad input are checked on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AnnualRoundScenario {

  static final String PASSWORD = "s3cret-pw";
  static final String RARE_NAME = "王𠀀";
  static final String REPORT = "本年度认真履行局长职责，推进𠀀项重点改革，廉洁自律，无违规违纪问题。";

  @Autowired TestRestTemplate template;
  @Autowired OrganisationService organisation;
  @Autowired SelfReportRepository selfReports;
  @Autowired GradingService grading;
  @Autowired cn.cadre.appraisal.grading.FeedbackService feedback;
  @Autowired cn.cadre.appraisal.campaign.RedLightService redLights;
  @Autowired cn.cadre.appraisal.campaign.ReminderRepository reminders;
  /** Only to let time pass: moves a due date into the past. */
  @Autowired org.camunda.bpm.engine.TaskService tasks;
  RestClient api;

  @BeforeEach
  void roster() {
    api = new RestClient(template, PASSWORD);
    if (organisation.homeUnitOf("ar-od").isPresent()) {
      return;
    }
    // the roster comes in over HTTP too, imported by the administrator (no demo users on MySQL)
    List<Map<String, Object>> units = List.of(unit("ar-home", "测试县委组织部"), unit("ar-a", "测试县𠀀局"), unit("ar-b", "测试县财政局"),
        unit("ar-c", "测试县审计局"));
    List<Map<String, Object>> cadres = List.of(
        cadre("ar-a1", RARE_NAME, "局长", "PRINCIPAL", "ar-a", "1975-03-01"),
        cadre("ar-a2", "李明", "副局长", "DEPUTY", "ar-a", "1982-05-01"),
        cadre("ar-b1", "赵一", "局长", "PRINCIPAL", "ar-b", "1970-01-01"),
        // only for the concurrent-start test: its round stays open without touching the others' tasks
        cadre("ar-c1", "钱三", "局长", "PRINCIPAL", "ar-c", "1972-02-01"));
    List<Map<String, Object>> staff = List.of(
        staff("ar-od", "ar-home", AppraisalGroup.ORG_DEPT),
        staff("ar-tm-a", "ar-b", AppraisalGroup.APPRAISAL_TEAM), // appraises ar-a, lives in ar-b
        staff("ar-tm-b", "ar-a", AppraisalGroup.APPRAISAL_TEAM), // appraises ar-b, lives in ar-a
        staff("ar-pc", "ar-home", AppraisalGroup.PARTY_COMMITTEE),
        staff("ar-disc", "ar-home", AppraisalGroup.DISCIPLINE),
        staff("ar-aud", "ar-home", AppraisalGroup.AUDIT),
        staff("ar-pet", "ar-home", AppraisalGroup.PETITIONS),
        // Camunda locks a user for a while after a wrong password: this one exists only for that test
        staff("ar-wrong-pw", "ar-home", AppraisalGroup.PETITIONS));
    // with the organisation's own issuing organ, which its notices then carry (the settings' is the same here)
    ResponseEntity<String> imported = new RestClient(template, "admin").post("admin", "/api/roster",
        Map.of("units", units, "cadres", cadres, "staff", staff,
            "issuingOrgan", Map.of("name", "中共示范县委组织部", "documentPrefix", "示组")));
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theApiIsDescribedWithOpenApi() {
    String docs = template.getForObject("/v3/api-docs/appraisal", String.class);
    assertThat(docs).contains("/api/campaigns", "/api/roster", "/api/notices", "/api/cadres/{code}/history", "basic");
  }

  @Test
  void anonymousAndWrongPasswordCallsGet401() {
    assertThat(template.getForEntity("/api/notices?cadre=x", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(template.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(template.withBasicAuth("ar-wrong-pw", "wrong").getForEntity("/api/campaigns/1", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(template.withBasicAuth("ar-wrong-pw", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // the refusals say why, in Chinese: no credentials, a wrong password, and the lock that follows it
    ResponseEntity<String> anonymous = template.getForEntity("/api/campaigns/1", String.class);
    assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    assertThat(anonymous.getBody()).contains("\"status\":401", "需要登录");
    ResponseEntity<String> locked = template.withBasicAuth("ar-wrong-pw", PASSWORD).getForEntity("/api/campaigns/1", String.class);
    assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(locked.getBody()).containsPattern("账户已暂时锁定，请在 \\d+ 秒后重试");
    ResponseEntity<String> wrong = template.withBasicAuth("nobody-here", "wrong").getForEntity("/api/campaigns/1", String.class);
    assertThat(wrong.getBody()).contains("用户名或密码错误");
  }

  @Test
  void campaignRequestsThatBreakTheRulesAreRefusedAndChangeNothing() {
    ResponseEntity<String> ownUnit = api.post("ar-od", "/api/campaigns", campaign(2031, "ar-tm-b", "ar-a", "ar-tm-a", "ar-b"));
    assertThat(ownUnit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ownUnit.getBody()).contains("回避", "ar-tm-b");

    ResponseEntity<String> unknown = api.post("ar-od", "/api/campaigns", Map.of("year", 2031, "unitCodes", List.of("nowhere"),
        "appraisalTeams", List.of(Map.of("name", "X组", "members", List.of("ar-tm-a"), "unitCodes", List.of("nowhere")))));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).contains("单位不存在: nowhere");

    ResponseEntity<String> badQuota = api.post("ar-od", "/api/campaigns",
        Map.of("year", 2031, "unitCodes", List.of("ar-b"), "excellentQuota", 1.5,
            "appraisalTeams", List.of(Map.of("name", "B组", "members", List.of("ar-tm-b"), "unitCodes", List.of("ar-b")))));
    assertThat(badQuota.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badQuota.getBody()).contains("excellentQuota");

    ResponseEntity<String> cadre = api.post("ar-a1", "/api/campaigns", campaign(2031, "ar-tm-a", "ar-a", "ar-tm-b", "ar-b"));
    assertThat(cadre.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(cadre.getBody()).contains("您所在的用户组不能执行此操作").doesNotContain("Access Denied");
    RestClient admin = new RestClient(template, "admin");
    assertThat(admin.json(admin.get("admin", "/engine-rest/process-instance?businessKeyLike=2031-ANNUAL%"))).as(
        "no round was started by a refused request").isEmpty();
  }

  /** Four org-dept clients start the same round at the same moment: one round, three clear 409s. */
  @Test
  void concurrentStartsOfTheSameRound_oneWinsAndTheOthersAreToldWhy() throws Exception {
    int clients = 4;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(clients);
    try {
      List<java.util.concurrent.Future<ResponseEntity<String>>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < clients; i++) {
        answers.add(pool.submit(() -> {
          together.await();
          return api.post("ar-od", "/api/campaigns", Map.of("year", 2033, "unitCodes", List.of("ar-c"),
              "appraisalTeams", List.of(Map.of("name", "C组", "members", List.of("ar-tm-b"), "unitCodes", List.of("ar-c")))));
        }));
      }
      List<ResponseEntity<String>> responses = new java.util.ArrayList<>();
      for (var answer : answers) {
        responses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
      }
      assertThat(responses).extracting(ResponseEntity::getStatusCode).as(responses.toString())
          .containsOnlyOnce(HttpStatus.CREATED).containsOnly(HttpStatus.CREATED, HttpStatus.CONFLICT);
      responses.stream().filter(r -> r.getStatusCode() == HttpStatus.CONFLICT).forEach(r -> {
        assertThat(r.getBody()).contains("\"status\":409").contains("2033年度考核");
        assertThat(r.getHeaders().getContentType().toString()).contains("problem+json");
      });
    } finally {
      pool.shutdownNow();
    }
    RestClient admin = new RestClient(template, "admin");
    assertThat(admin.json(admin.get("admin", "/engine-rest/process-instance?businessKeyLike=2033-ANNUAL/campaign-%")))
        .as("one round process").hasSize(1);
  }

  @Test
  void wholeAnnualRound_endsWithFinalGradesAndResultNotices() throws Exception {
    long started = System.nanoTime();
    ResponseEntity<String> created = api.post("ar-od", "/api/campaigns", campaign(2030, "ar-tm-a", "ar-a", "ar-tm-b", "ar-b"));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    long campaignId = api.json(created).path("id").asLong();
    // the round answers at once; its units' processes start in the background, a job each, once
    assertThat(api.json(created).path("progress").path("unitCount").asInt()).isEqualTo(2);
    JsonNode progress = api.awaitRoundStarted("ar-od", campaignId);
    assertThat(progress.path("unitsStarted").asInt()).isEqualTo(2);
    assertThat(progress.path("units").findValuesAsText("started")).containsExactly("true", "true");
    assertThat(api.json(new RestClient(template, "admin").get("admin",
        "/engine-rest/history/process-instance?processDefinitionKey=UnitAppraisalProcess&processInstanceBusinessKeyLike=2030-ANNUAL/unit-ar-%")))
        .as("one process per unit").hasSize(2);
    assertThat(api.post("ar-od", "/api/campaigns", campaign(2030, "ar-tm-a", "ar-a", "ar-tm-b", "ar-b")).getStatusCode())
        .as("a second annual round for the same year and units").isEqualTo(HttpStatus.CONFLICT);

    // 述职: each cadre sees exactly their own self-report task, with its Chinese form
    String a1Report = api.task("ar-a1", "Task_SelfReport", null);
    assertThat(api.get("ar-a1", "/engine-rest/task/" + a1Report + "/deployed-form").getBody()).contains("述职述廉报告正文");
    assertThat(api.taskIds("ar-a2")).doesNotContain(a1Report);
    assertThat(api.taskIds("ar-disc")).doesNotContain(a1Report);
    assertThat(api.post("ar-a2", "/engine-rest/task/" + a1Report + "/complete", "{}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    api.complete("ar-a1", a1Report, Map.of("reportText", REPORT));
    api.complete("ar-a2", api.task("ar-a2", "Task_SelfReport", null), Map.of("reportText", "副局长述职述廉报告。"));
    api.complete("ar-b1", api.task("ar-b1", "Task_SelfReport", null), Map.of("reportText", "财政局长述职述廉报告。"));
    api.complete("ar-a1", api.task("ar-a1", "Task_TeamSummaryReport", null), Map.of("teamReportText", "测试县𠀀局班子总结。"));
    api.complete("ar-b1", api.task("ar-b1", "Task_TeamSummaryReport", null), Map.of("teamReportText", "财政局班子总结。"));

    // 审核述职报告: one task per unit, for the member sent to that unit only (回避); its reports in one view
    String reviewA = api.task("ar-tm-a", "Task_ReviewSelfReports", "测试县𠀀局");
    assertThat(api.taskIds("ar-tm-b")).doesNotContain(reviewA);
    String claimable = api.json(api.get("ar-tm-a", "/engine-rest/filter?name=本组待办")).get(0).path("id").asText();
    assertThat(api.json(api.post("ar-tm-a", "/engine-rest/filter/" + claimable + "/list", "{}")).findValuesAsText("id"))
        .as("Tasklist's claimable-tasks filter shows the member the tasks named for them").contains(reviewA);
    String reportsA = "/api/campaigns/" + campaignId + "/units/ar-a/reports";
    JsonNode rowsA = api.json(api.get("ar-tm-a", reportsA));
    assertThat(rowsA.findValuesAsText("status")).containsExactly("待审核", "待审核");
    assertThat(rowsA.findValuesAsText("reportText")).contains(REPORT, "副局长述职述廉报告。");
    assertThat(api.get("ar-tm-b", reportsA).getStatusCode()).as("another unit's member").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.get("ar-a2", reportsA).getStatusCode()).as("a cadre").isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> bare = api.post("ar-tm-a", reportsA + "/ar-a2/review", Map.of("decision", "returned"));
    assertThat(bare.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bare.getBody()).contains("退回修改时必须填写审核意见");
    ResponseEntity<String> returned = api.post("ar-tm-a", reportsA + "/ar-a2/review",
        Map.of("decision", "returned", "comment", "请补充廉洁自律情况"));
    assertThat(api.json(returned).path("status").asText()).as(returned.getBody()).isEqualTo("已退回");
    String again = api.task("ar-a2", "Task_SelfReport", null);
    assertThat(api.json(api.get("ar-a2", "/engine-rest/task/" + again + "/form-variables")).path("reviewComment")
        .path("value").asText()).isEqualTo("请补充廉洁自律情况");
    assertThat(api.json(api.get("ar-a1", "/engine-rest/task?taskDefinitionKey=Task_SelfReport"))).as("only the returned report")
        .isEmpty();
    ResponseEntity<String> early = api.submit("ar-tm-a", reviewA, Map.of());
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(early.getBody()).contains("尚有 2 份述职报告未通过审核");
    assertThat(api.post("ar-tm-a", reportsA + "/ar-a1/review", Map.of("decision", "accepted", "comment", "内容翔实"))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(api.post("ar-tm-a", reportsA + "/ar-a1/review", Map.of("decision", "accepted")).getStatusCode())
        .as("a report already accepted").isEqualTo(HttpStatus.CONFLICT);
    api.complete("ar-a2", again, Map.of("reportText", "副局长述职述廉报告（补充了廉洁自律情况）。"));
    assertThat(api.post("ar-tm-a", reportsA + "/ar-a2/review", Map.of("decision", "accepted")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    rowsA = api.json(api.get("ar-tm-a", reportsA));
    assertThat(rowsA.findValuesAsText("status")).containsExactly("已通过", "已通过");
    assertThat(rowsA.findValuesAsText("cadreCode")).as("principal first").containsExactly("ar-a1", "ar-a2");
    assertThat(rowsA.get(1).path("returns").asInt()).isEqualTo(1);
    api.complete("ar-tm-a", reviewA, Map.of());
    assertThat(api.post("ar-tm-b", "/api/campaigns/" + campaignId + "/units/ar-b/reports/ar-b1/review",
        Map.of("decision", "accepted", "comment", "内容翔实")).getStatusCode()).isEqualTo(HttpStatus.OK);
    api.complete("ar-tm-b", api.task("ar-tm-b", "Task_ReviewSelfReports", "财政局"), Map.of());
    assertThat(selfReports.findAll()).anyMatch(r -> REPORT.equals(r.getReportText()));

    // 民主测评: one tally sheet per unit; a sheet with bad rows is refused whole and changes nothing
    String tallies = "/api/campaigns/" + campaignId + "/tallies/";
    ResponseEntity<String> bad = api.put("ar-od", tallies + "ar-a", Map.of("ballots", 22, "rows", List.of(
        tally("ar-a1", -1, 23, 95.0), tally("ar-a2", 12, 9, 120.0), team(20, 2))));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(api.json(bad).path("errors").toString()).as("every bad row named")
        .contains("：优秀票数应为不小于0的整数", "李明：四项票数合计 21 与有效票数 22 不符", "李明：政治素质测评得分应在0到100之间");
    assertThat(api.json(bad).path("errors").get(0).asText()).startsWith(RARE_NAME + "：");
    assertThat(api.json(api.get("ar-od", tallies + "ar-a")).path("rows").get(0).path("first").isNull()).isTrue();
    assertThat(api.get("ar-tm-a", tallies + "ar-a").getStatusCode()).as("org-dept's alone").isEqualTo(HttpStatus.FORBIDDEN);
    api.put("ar-od", tallies + "ar-a", Map.of("ballots", 22, "rows", List.of(tally("ar-a1", 20, 2, 95.0))));
    ResponseEntity<String> incomplete = api.post("ar-od", tallies + "ar-a/submit", Map.of());
    assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(incomplete.getBody()).contains("尚未填完", "李明");
    assertThat(api.put("ar-od", tallies + "ar-a", Map.of("ballots", 22, "rows", List.of(tally("ar-a2", 12, 10, 92.0),
        team(20, 2)))).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(api.post("ar-od", tallies + "ar-a/submit", Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(api.put("ar-od", tallies + "ar-a", Map.of("ballots", 22, "rows", List.of(tally("ar-a1", 21, 1, 95.0))))
        .getStatusCode()).as("a submitted sheet is final").isEqualTo(HttpStatus.CONFLICT);
    String roundTallies = api.roundTask("ar-od", "Task_EnterTallies", campaignId);
    ResponseEntity<String> notYet = api.submit("ar-od", roundTallies, Map.of());
    assertThat(notYet.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notYet.getBody()).contains("尚有 1 个单位的测评结果未提交：测试县财政局");
    api.put("ar-od", tallies + "ar-b", Map.of("ballots", 15, "rows", List.of(tally("ar-b1", 5, 10, 88.0), team(10, 5))));
    JsonNode submittedNow = api.json(api.post("ar-od", tallies + "submit-complete", Map.of()));
    assertThat(submittedNow.path("submitted").toString()).isEqualTo("[\"ar-b\"]");
    assertThat(submittedNow.path("notSubmitted")).isEmpty();
    api.complete("ar-od", roundTallies, Map.of("talliesNote", "按各单位测评汇总表录入"));

    // 个别谈话: each team records on its unit's page, then completes the unit's one interview task
    String interviewsA = "/api/campaigns/" + campaignId + "/units/ar-a/interviews/";
    String interviewTaskA = api.task("ar-tm-a", "Task_Interviews", "测试县𠀀局");
    assertThat(api.post("ar-tm-b", interviewsA + "ar-a1", Map.of("findings", "越权记录")).getStatusCode())
        .as("another unit's team").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.post("ar-tm-a", interviewsA + "ar-a1", Map.of("findings", " ")).getBody()).contains("谈话了解的主要情况");
    api.post("ar-tm-a", interviewsA + "ar-a1", Map.of("findings", "群众普遍认可", "earlySignProblems", false));
    ResponseEntity<String> oneMissing = api.submit("ar-tm-a", interviewTaskA, Map.of());
    assertThat(oneMissing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(oneMissing.getBody()).contains("尚有 1 名干部没有个别谈话记录：李明");
    api.post("ar-tm-a", interviewsA + "ar-a2", Map.of("findings", "工作扎实", "weaknessTopic", "数字化治理"));
    api.complete("ar-tm-a", interviewTaskA, Map.of());
    assertThat(api.post("ar-tm-a", interviewsA + "ar-a2", Map.of("findings", "补记")).getStatusCode())
        .as("the unit's interviews are over").isEqualTo(HttpStatus.CONFLICT);
    assertThat(api.json(api.get("ar-od", interviewsA.replaceAll("/$", ""))).get(1).path("records").get(0)
        .path("weaknessTopic").asText()).isEqualTo("数字化治理");
    api.post("ar-tm-b", "/api/campaigns/" + campaignId + "/units/ar-b/interviews/ar-b1",
        Map.of("findings", "作风有待改进", "earlySignProblems", true));
    api.complete("ar-tm-b", api.task("ar-tm-b", "Task_Interviews", "财政局"), Map.of());
    // 了解核实: each office returns one list for the round; only audit has something (on 赵一)
    String audit = "/api/campaigns/" + campaignId + "/negative-lists/AUDIT";
    ResponseEntity<String> vague = api.put("ar-aud", audit + "/cadres/ar-b1", Map.of("severity", "MINOR"));
    assertThat(vague.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(vague.getBody()).contains("必须填写事项说明");
    assertThat(api.put("ar-disc", audit + "/cadres/ar-b1", Map.of("items", "越权")).getStatusCode())
        .as("another office cannot write audit's list").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.put("ar-aud", audit + "/cadres/ar-b1", Map.of("items", "2025年专项资金拨付程序不规范",
        "severity", "MINOR", "affectsGrade", true)).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(api.get("ar-disc", audit).getStatusCode()).as("nor read it").isEqualTo(HttpStatus.FORBIDDEN);
    for (String office : List.of("ar-disc", "ar-aud", "ar-pet")) {
      String list = api.roundTask(office, "Task_NegativeList", campaignId);
      ResponseEntity<String> unconfirmed = api.submit(office, list, Map.of("confirmAllClear", false));
      assertThat(unconfirmed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(unconfirmed.getBody()).contains("未标记的干部均无负面清单事项");
      api.complete(office, list, Map.of("confirmAllClear", true));
    }
    assertThat(api.put("ar-aud", audit + "/cadres/ar-a1", Map.of("items", "迟到的事项")).getStatusCode())
        .as("a returned list is closed").isEqualTo(HttpStatus.CONFLICT);

    // 研判: the decision table pre-fills the team's grade from the team's tally
    String teamA = api.task("ar-tm-a", "Task_TeamAnalysis", null);
    assertThat(api.json(api.get("ar-tm-a", "/engine-rest/task/" + teamA + "/form-variables")).path("proposedTeamGrade")
        .path("value").asText()).isEqualTo("GOOD");
    api.complete("ar-tm-a", teamA, Map.of("proposedTeamGrade", "GOOD", "problems", "", "suggestions", ""));
    api.complete("ar-tm-b", api.task("ar-tm-b", "Task_TeamAnalysis", null), Map.of("proposedTeamGrade", "GOOD"));

    // 综合分析研判: pre-filled by the rules; a different grade needs a reason; grades outside the set are refused
    String a1Analysis = api.task("ar-tm-a", "Task_ComprehensiveAnalysis", RARE_NAME);
    JsonNode a1Form = api.json(api.get("ar-tm-a", "/engine-rest/task/" + a1Analysis + "/form-variables"));
    assertThat(a1Form.path("proposedGrade").path("value").asText()).isEqualTo("EXCELLENT");
    assertThat(a1Form.path("decisionGradeLabel").path("value").asText()).isEqualTo("优秀");
    assertThat(a1Form.has("decisionGrade")).as("the rules' code is not a field of the form").isFalse();
    api.complete("ar-tm-a", a1Analysis, Map.of("proposedGrade", "EXCELLENT", "problems", "调查研究不够深入",
        "suggestions", "加强调查研究", "potentialForPromotion", true));
    api.complete("ar-tm-a", api.task("ar-tm-a", "Task_ComprehensiveAnalysis", "李明"), Map.of("proposedGrade", "EXCELLENT"));
    String b1Analysis = api.task("ar-tm-b", "Task_ComprehensiveAnalysis", "赵一");
    assertThat(api.submit("ar-tm-b", b1Analysis, Map.of("proposedGrade", "GREAT")).getBody()).contains("等次不在允许范围内");
    assertThat(api.submit("ar-tm-b", b1Analysis, Map.of("proposedGrade", "EXCELLENT")).getBody()).contains("必须说明理由");
    api.complete("ar-tm-b", b1Analysis, Map.of("proposedGrade", "COMPETENT", "problems", "专项资金管理不规范"));

    // 统筹校准: 2 优秀 of 3 cadres exceeds floor(3 × 0.5) = 1; it cannot be completed until adjusted
    String calibration = api.task("ar-od", "Task_Calibration", "2030年度");
    assertThat(api.json(api.get("ar-od", "/engine-rest/task/" + calibration + "/form-variables"))
        .path("quotaStatus").path("value").asText()).contains("超出 1 名");
    ResponseEntity<String> overQuota = api.submit("ar-od", calibration, Map.of());
    assertThat(overQuota.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(overQuota.getBody()).contains("超出 1 名");
    // the calibration table: grades in Chinese, grouped like with like; a change needs a reason
    String table = "/api/campaigns/" + campaignId + "/calibration";
    JsonNode rows = api.json(api.get("ar-od", table)).path("rows");
    assertThat(rows).extracting(r -> r.path("cadreCode").asText()).containsExactly("ar-a1", "ar-b1", "ar-a2");
    assertThat(rows.get(0).path("group").asText()).isEqualTo("正职 · 部门");
    assertThat(rows.get(2).path("group").asText()).isEqualTo("副职 · 测试县𠀀局");
    assertThat(rows.get(2).path("grade").asText()).isEqualTo("优秀");
    assertThat(api.get("ar-tm-a", table).getStatusCode()).as("an appraisal team does not see the round's table")
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> noReason = api.post("ar-od", table + "/changes",
        Map.of("changes", List.of(Map.of("cadreCode", "ar-a2", "grade", "称职", "reason", " "))));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("李明", "调整等次必须填写理由");
    ResponseEntity<String> raise = api.post("ar-od", table + "/changes",
        Map.of("changes", List.of(Map.of("cadreCode", "ar-b1", "grade", "优秀", "reason", "试图提高"))));
    assertThat(raise.getBody()).contains("调整后优秀 3 名，超过上限 1 名");
    assertThat(api.post("ar-pc", table + "/changes", Map.of("changes", List.of(Map.of("cadreCode", "ar-a2",
        "grade", "称职", "reason", "x")))).getStatusCode()).as("only org-dept changes grades").isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> lowered = api.post("ar-od", table + "/changes",
        Map.of("changes", List.of(Map.of("cadreCode", "ar-a2", "grade", "称职", "reason", "副职在本班子内比较，优秀名额有限"))));
    assertThat(lowered.getStatusCode()).as(lowered.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(api.json(lowered).path("quotaText").asText()).contains("符合比例要求");
    JsonNode a2 = api.json(api.get("ar-od", table + "?flag=changed")).path("rows").get(0);
    assertThat(a2.path("cadreCode").asText()).isEqualTo("ar-a2");
    assertThat(a2.path("analysisGrade").asText()).isEqualTo("优秀");
    assertThat(a2.path("calibrationReason").asText()).isEqualTo("副职在本班子内比较，优秀名额有限");
    api.complete("ar-od", calibration, Map.of("calibrationNote", "按可比原则校准"));

    // 审定: the committee reads the totals, ticks 王𠀀 in the table and sends them back once; then it approves
    String approval = api.task("ar-pc", "Task_Approval", "2030年度");
    assertThat(api.json(api.get("ar-pc", "/engine-rest/task/" + approval + "/form-variables")).path("approvalSummary")
        .path("value").asText()).contains("本轮被考核干部 3 名：优秀 1 名、称职 2 名", "统筹校准调整等次 1 名");
    assertThat(api.submit("ar-pc", approval, Map.of("approvalDecision", "sendBack", "approvalReason", "请补充核实"))
        .getBody()).contains("须先在审定表中勾选");
    assertThat(api.post("ar-od", table + "/send-back", Map.of("cadreCodes", List.of("ar-a1"), "sendBack", true))
        .getStatusCode()).as("only the committee ticks").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.json(api.post("ar-pc", table + "/send-back", Map.of("cadreCodes", List.of("ar-a1"), "sendBack", true)))
        .path("ticked").asInt()).isEqualTo(1);
    api.complete("ar-pc", approval, Map.of("approvalDecision", "sendBack", "approvalReason", "请补充核实群众反映"));
    String reanalysis = api.task("ar-tm-a", "Task_Reanalysis", RARE_NAME);
    assertThat(tasks.createTaskQuery().taskId(reanalysis).singleResult().getName())
        .as("the task names the cadre and their unit").isEqualTo("重新研判：" + RARE_NAME + "（测试县𠀀局）");
    assertThat(api.taskIds("ar-tm-b")).doesNotContain(reanalysis);
    api.complete("ar-tm-a", reanalysis, Map.of("proposedGrade", "EXCELLENT", "problems", "调查研究不够深入",
        "suggestions", "加强调查研究", "potentialForPromotion", true));
    api.complete("ar-od", api.task("ar-od", "Task_Calibration", "2030年度"), Map.of());
    api.complete("ar-pc", api.task("ar-pc", "Task_Approval", "2030年度"), Map.of("approvalDecision", "approve"));

    // 公示: an objection must be resolved; only publicised 优秀 grades can be objected to
    assertThat(api.json(api.get("ar-od", "/api/campaigns/" + campaignId)).path("status").asText()).isEqualTo("PUBLIC_NOTICE");
    assertThat(api.post("ar-od", "/api/campaigns/" + campaignId + "/objections",
        Map.of("cadreCode", "ar-b1", "text", "异议")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(api.post("ar-od", "/api/campaigns/" + campaignId + "/objections",
        Map.of("cadreCode", "ar-a1", "text", "反映该同志存在形式主义问题")).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    api.complete("ar-od", api.task("ar-od", "Task_ResolveObjection", RARE_NAME),
        Map.of("objectionResolution", "rejected", "resolutionNote", "经核实，反映问题不属实"));
    // a second objection is upheld: the grade changes, with the reason on record
    // lodged at once, while the job ending the first objection's sub-process may still run (the adapter retries)
    ResponseEntity<String> second = api.post("ar-od", "/api/campaigns/" + campaignId + "/objections",
        Map.of("cadreCode", "ar-a1", "text", "反映该同志违规发放津贴"));
    assertThat(second.getStatusCode()).as(second.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    String upheld = api.task("ar-od", "Task_ResolveObjection", RARE_NAME);
    assertThat(tasks.createTaskQuery().taskId(upheld).singleResult().getName()).isEqualTo("处理公示异议：" + RARE_NAME + "（测试县𠀀局）");
    assertThat(api.submit("ar-od", upheld, Map.of("objectionResolution", "upheld", "resolutionNote", "属实")).getBody())
        .contains("必须选择调整后的等次");
    api.complete("ar-od", upheld, Map.of("objectionResolution", "upheld", "correctedGrade", "COMPETENT",
        "resolutionNote", "经核实，反映问题属实，调整为称职"));

    // the window ends (its timer job is run now instead of in five working days), then feedback
    RestClient admin = new RestClient(template, "admin");
    String processInstanceId = admin.json(admin.get("admin", "/engine-rest/process-instance?processDefinitionKey="
        + "AppraisalCampaignProcess&businessKey=2030-ANNUAL/campaign-" + campaignId)).get(0).path("id").asText();
    JsonNode timer = admin.json(admin.get("admin", "/engine-rest/job?timers=true&processInstanceId=" + processInstanceId));
    assertThat(timer).hasSize(1);
    assertThat(admin.post("admin", "/engine-rest/job/" + timer.get(0).path("id").asText() + "/execute", "{}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    await().atMost(Duration.ofSeconds(60)).until(() ->
        "DONE".equals(api.json(api.get("ar-od", "/api/campaigns/" + campaignId)).path("status").asText()));

    Map<String, String> finals = new java.util.HashMap<>();
    api.json(api.get("ar-od", "/api/campaigns/" + campaignId + "/results")).forEach(r ->
        finals.put(r.path("subject").asText().equals("TEAM") ? "team " + r.path("unitCode").asText() : r.path("cadreCode").asText(),
            r.path("finalGrade").asText()));
    JsonNode a1Result = null;
    for (JsonNode r : api.json(api.get("ar-od", "/api/campaigns/" + campaignId + "/results"))) {
      a1Result = "ar-a1".equals(r.path("cadreCode").asText()) ? r : a1Result;
    }
    assertThat(a1Result.path("status").asText()).isEqualTo("FINAL");
    assertThat(a1Result.path("politicalScore").asDouble()).isEqualTo(95.0);
    assertThat(a1Result.path("excellentShare").asDouble()).isCloseTo(20.0 / 22, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(finals).containsExactlyInAnyOrderEntriesOf(Map.of("ar-a1", "COMPETENT", "ar-a2", "COMPETENT",
        "ar-b1", "COMPETENT", "team ar-a", "GOOD", "team ar-b", "GOOD"));
    // the same results as the committee's spreadsheet, grades by their Chinese names; not for a cadre
    ResponseEntity<byte[]> xlsx = api.bytes("ar-pc", "/api/campaigns/" + campaignId + "/results.xlsx");
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (org.apache.poi.ss.usermodel.Workbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
        new java.io.ByteArrayInputStream(xlsx.getBody()))) {
      org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(5);
      List<String> resultRows = new java.util.ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        resultRows.add(sheet.getRow(r).getCell(3).getStringCellValue() + " " + sheet.getRow(r).getCell(4).getStringCellValue()
            + " " + sheet.getRow(r).getCell(5).getStringCellValue());
      }
      assertThat(resultRows).contains(RARE_NAME + " 称职 已审定").anyMatch(row -> row.endsWith("领导班子 好 已审定"));
    }
    assertThat(api.bytes("ar-a1", "/api/campaigns/" + campaignId + "/results.xlsx").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // every change is audited: the calibration downgrade names who, old, new and why
    assertThat(grading.auditTrail(campaignId, "ar-a2")).extracting(GradeAudit::getField, GradeAudit::getOldValue, GradeAudit::getNewValue,
        GradeAudit::getActor).contains(
            org.assertj.core.groups.Tuple.tuple("proposedGrade", "EXCELLENT", "COMPETENT", "ar-od"),
            org.assertj.core.groups.Tuple.tuple("finalGrade", null, "COMPETENT", "ar-pc"));
    assertThat(grading.auditTrail(campaignId, "ar-a1")).extracting(GradeAudit::getNewValue, GradeAudit::getReason)
        .contains(org.assertj.core.groups.Tuple.tuple("COMPETENT", "公示异议成立：经核实，反映问题属实，调整为称职"));

    // 反馈: each cadre reads their own result notice, in Chinese, with the problems found; nobody else's
    JsonNode notices = api.json(api.get("ar-a1", "/api/notices?cadre=ar-a1"));
    JsonNode result = null;
    for (JsonNode n : notices) {
      if (n.path("type").asText().equals("RESULT")) {
        result = n;
      }
    }
    assertThat(result).as("result notice of ar-a1 in %s", notices).isNotNull();
    assertThat(result.path("documentNumber").asText()).matches("示组考〔2030〕\\d+号");
    assertThat(api.get("ar-a1", "/api/notices/" + result.path("id").asText()).getBody())
        .contains(RARE_NAME + "同志", "测试县𠀀局", "2030年度考核等次确定为：<strong>称职</strong>", "调查研究不够深入",
            // no routine appraisal and no unit scoring this year: the evaluation alone makes the annual score
            "年度考核综合得分 ", "（民主测评 ", "；本年度无平时考核、单位综合考核，其余按权重比例折算）");
    assertThat(api.json(api.get("ar-a1", "/api/notices?cadre=ar-a1")).findValuesAsText("type"))
        .containsExactlyInAnyOrder("SELF_REPORT_RECEIPT", "RESULT", "TEAM_RESULT");
    assertThat(api.get("ar-a2", "/api/notices?cadre=ar-a1").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.get("ar-a2", "/api/notices/" + result.path("id").asText()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // 签收: the recipient's opening of their notice (above) is its receipt, with the time; org-dept's reading is not
    JsonNode a2Result = null;
    for (JsonNode n : api.json(api.get("ar-od", "/api/notices?cadre=ar-a2"))) {
      a2Result = "RESULT".equals(n.path("type").asText()) ? n : a2Result;
    }
    assertThat(api.get("ar-od", "/api/notices/" + a2Result.path("id").asText() + ".pdf").getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode received = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
    for (JsonNode n : api.json(api.get("ar-od", "/api/notices?campaign=" + campaignId))) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) received).set(n.path("id").asText(), n.path("receivedAt"));
    }
    assertThat(received.path(result.path("id").asText()).isNull()).as("ar-a1 opened their result notice").isFalse();
    assertThat(received.path(a2Result.path("id").asText()).isNull()).as("only org-dept read ar-a2's").isTrue();
    String firstReceipt = received.path(result.path("id").asText()).asText();
    assertThat(api.get("ar-a1", "/api/notices/" + result.path("id").asText() + ".pdf").getStatusCode()).isEqualTo(HttpStatus.OK);
    for (JsonNode n : api.json(api.get("ar-od", "/api/notices?cadre=ar-a1"))) {
      if (n.path("id").asText().equals(result.path("id").asText())) {
        assertThat(n.path("receivedAt").asText()).as("the first opening is kept").isEqualTo(firstReceipt);
      }
    }

    // the notices register (发文登记簿): the round's notices as org-dept lists them, one row each; not for a cadre
    JsonNode issued = api.json(api.get("ar-od", "/api/notices?campaign=" + campaignId));
    ResponseEntity<byte[]> register = api.bytes("ar-od", "/api/notices/register.xlsx?campaign=" + campaignId);
    assertThat(register.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(register.getHeaders().getContentDisposition().getFilename()).isEqualTo("发文登记簿-" + campaignId + ".xlsx");
    try (org.apache.poi.ss.usermodel.Workbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
        new java.io.ByteArrayInputStream(register.getBody()))) {
      org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getPaneInformation().isFreezePane()).as("header row frozen").isTrue();
      assertThat(sheet.getColumnWidth(3)).as("titles get a wide column").isGreaterThan(sheet.getColumnWidth(0));
      List<String> header = new java.util.ArrayList<>();
      sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
      assertThat(header).containsExactly("序号", "文号", "文种", "标题", "收文对象", "干部编码", "所在单位", "印发时间",
          "签收情况", "签收时间");
      assertThat(sheet.getLastRowNum()).isEqualTo(issued.size());
      List<String> registerRows = new java.util.ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
        registerRows.add(row.getCell(1).getStringCellValue() + " " + row.getCell(2).getStringCellValue() + " "
            + row.getCell(4).getStringCellValue() + " " + row.getCell(5).getStringCellValue() + " "
            + row.getCell(8).getStringCellValue());
      }
      assertThat(registerRows).contains(result.path("documentNumber").asText() + " 年度考核结果通知书 " + RARE_NAME + " ar-a1 已签收",
          a2Result.path("documentNumber").asText() + " 年度考核结果通知书 " + a2Result.path("recipientName").asText()
              + " ar-a2 未签收");
      assertThat(issued.findValuesAsText("documentNumber")).containsExactlyElementsOf(
          registerRows.stream().map(row -> row.substring(0, row.indexOf(' '))).toList());
    }
    assertThat(api.bytes("ar-a1", "/api/notices/register.xlsx?campaign=" + campaignId).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // the dashboard counts the same notices, and the final grades
    JsonNode board = api.json(api.get("ar-pc", "/api/campaigns/" + campaignId + "/dashboard"));
    int counted = 0;
    for (JsonNode n : board.path("notices")) {
      counted += n.path("count").asInt();
    }
    assertThat(counted).isEqualTo(issued.size());
    int receipts = 0;
    for (JsonNode n : board.path("notices")) {
      receipts += n.path("received").asInt();
    }
    assertThat(receipts).as("notices their recipients opened").isPositive().isLessThan(counted);
    assertThat(board.path("notices").findValuesAsText("type")).contains("年度考核结果通知书", "领导班子年度考核结果通知书");
    int graded = 0;
    for (JsonNode g : board.path("grades")) {
      graded += g.path("graded").asInt();
    }
    assertThat(graded).isEqualTo(3);

    // each notice was told to its recipient in the application, once
    JsonNode inbox = api.json(api.get("ar-a1", "/api/messages"));
    assertThat(inbox.findValuesAsText("title")).contains("新通知：年度考核结果通知书");
    assertThat(inbox.findValuesAsText("link")).contains("/app/notices/" + result.path("id").asText() + ".pdf");

    // a retried feedback job (the unit's, or a round on a model before the per-unit split) writes no second notice
    int before = api.json(api.get("ar-od", "/api/notices?cadre=ar-a1")).size();
    assertThat(feedback.send(campaignId, "ar-a")).as("the unit's cadres and team, each found issued").isEqualTo(3);
    feedback.sendAll(campaignId);
    assertThat(api.json(api.get("ar-od", "/api/notices?cadre=ar-a1"))).hasSize(before);
    assertThat(api.json(api.get("ar-a1", "/api/messages"))).as("and no second message").hasSize(inbox.size());

    // the whole record: this round's grade and an archive grade on file from before the application
    assertThat(api.post("ar-od", "/api/cadres/ar-a1/prior-grades", Map.of("year", 2024, "grade", "EXCELLENT",
        "source", "干部档案 示组〔2025〕2号")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode history = api.json(api.get("ar-a1", "/api/cadres/ar-a1/history"));
    assertThat(history.findValuesAsText("grade")).containsExactly("COMPETENT", "EXCELLENT");
    assertThat(history.get(0).path("year").asInt()).isEqualTo(2030);
    assertThat(history.get(1).path("kind").asText()).isEqualTo("ARCHIVE");
    assertThat(history.get(1).path("source").asText()).isEqualTo("干部档案 示组〔2025〕2号");
    assertThat(api.json(api.get("ar-a1", "/api/cadres/ar-a1/file")).findValuesAsText("source"))
        .as("the file shows it too").contains("干部档案 示组〔2025〕2号");
    assertThat(api.get("ar-a2", "/api/cadres/ar-a1/history").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.json(api.get("ar-od", "/api/cadres/ar-a2/history")).findValuesAsText("gradeLabel")).containsExactly("称职");
    System.out.printf("Whole annual round (3 cadres, 2 units) over HTTP took %d ms%n", (System.nanoTime() - started) / 1_000_000);
  }

  @Test
  void overdueStage_showsARedLight_andItsGroupIsRemindedOnce() {
    ResponseEntity<String> created = api.post("ar-od", "/api/campaigns", Map.of("year", 2032, "unitCodes", List.of("ar-b"),
        "stageDueDays", 3, "appraisalTeams", List.of(Map.of("name", "B组", "members", List.of("ar-tm-b"), "unitCodes", List.of("ar-b")))));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    long campaignId = api.json(created).path("id").asLong();
    api.awaitRoundStarted("ar-od", campaignId);
    JsonNode selfReport = api.json(api.get("ar-b1", "/engine-rest/task?taskDefinitionKey=Task_SelfReport")).get(0);
    assertThat(selfReport.path("due").asText()).as("the stage deadline is the task's due date in Tasklist").isNotBlank();
    assertThat(api.json(api.get("ar-od", "/api/campaigns/" + campaignId + "/red-lights"))).isEmpty();
    JsonNode progress = api.json(api.get("ar-od", "/api/campaigns/" + campaignId)).path("progress");
    assertThat(progress.path("openByStage").path("Task_SelfReport").asInt()).isEqualTo(1);
    assertThat(progress.path("units").get(0).path("openByStage").path("Task_TeamSummaryReport").asInt()).isEqualTo(1);

    // three working days later, nothing done yet
    tasks.setDueDate(selfReport.path("id").asText(), java.util.Date.from(java.time.Instant.now().minusSeconds(3600)));
    JsonNode lights = api.json(api.get("ar-od", "/api/campaigns/" + campaignId + "/red-lights"));
    assertThat(lights).hasSize(1);
    assertThat(lights.get(0).path("stage").asText()).isEqualTo("Task_SelfReport");
    assertThat(lights.get(0).path("businessKey").asText()).isEqualTo("2032-ANNUAL/unit-ar-b");
    assertThat(lights.get(0).path("reminded").asBoolean()).isFalse();
    assertThat(api.json(api.get("ar-od", "/api/campaigns/" + campaignId)).path("progress").path("units").get(0)
        .path("redLights").asInt()).isEqualTo(1);
    assertThat(api.get("ar-b1", "/api/campaigns/" + campaignId + "/red-lights").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    redLights.remindOverdue();
    redLights.remindOverdue();
    assertThat(reminders.findByTaskId(selfReport.path("id").asText())).get()
        .extracting(r -> r.getRecipients()).isEqualTo("user:ar-b1");
    assertThat(reminders.findAll().stream().filter(r -> r.getTaskId().equals(selfReport.path("id").asText()))).hasSize(1);
    // the holder is told once, in the application, with a link to the task
    JsonNode told = api.json(api.get("ar-b1", "/api/messages?unread=true"));
    assertThat(told.findValuesAsText("kind")).containsOnlyOnce("REMINDER");
    for (JsonNode m : told) {
      if ("REMINDER".equals(m.path("kind").asText())) {
        assertThat(m.path("title").asText()).startsWith("任务已逾期：填写述职述廉报告");
        assertThat(m.path("link").asText()).endsWith("?task=" + selfReport.path("id").asText());
      }
    }
    assertThat(api.json(api.get("ar-od", "/api/campaigns/" + campaignId + "/red-lights")).get(0).path("reminded").asBoolean())
        .isTrue();
  }

  private static Map<String, Object> unit(String code, String name) {
    return RosterRows.unit(code, name);
  }

  private static Map<String, Object> cadre(String code, String name, String position, String role, String unit, String born) {
    return RosterRows.cadre(code, name, position, role, unit, born, PASSWORD);
  }

  private static Map<String, Object> staff(String userId, String homeUnit, AppraisalGroup group) {
    return RosterRows.staff(userId, "测试" + group.displayName(), homeUnit, group.id(), PASSWORD);
  }

  private static Map<String, Object> campaign(int year, String teamA, String unitA, String teamB, String unitB) {
    return Map.of("year", year, "kind", "ANNUAL", "unitCodes", List.of(unitA, unitB), "excellentQuota", 0.5,
        "publicNoticeDays", 5, "stageDueDays", 10, "appraisalTeams", List.of(
            Map.of("name", "第一考核组", "members", List.of(teamA), "unitCodes", List.of(unitA)),
            Map.of("name", "第二考核组", "members", List.of(teamB), "unitCodes", List.of(unitB))));
  }

  /** A cadre's row of a unit's tally sheet: 优秀 and 称职 votes (no 基本称职 or 不称职), political score. */
  private static Map<String, Object> tally(String cadreCode, int excellent, int competent, double political) {
    return Map.of("code", cadreCode, "first", excellent, "second", competent, "third", 0, "fourth", 0,
        "politicalScore", political);
  }

  /** The team's row: 好 and 较好 votes. */
  private static Map<String, Object> team(int good, int fairlyGood) {
    return Map.of("code", "TEAM", "first", good, "second", fairlyGood, "third", 0, "fourth", 0);
  }
}
