package cn.cadre.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.cadre.appraisal.application.PromotionBarService;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.support.Overdue;
import cn.cadre.appraisal.support.RestClient;
import cn.cadre.appraisal.support.RosterRows;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 专项考核 over HTTP, as an organisation department appraises the cadres of a flood-relief task: open
 * it (bad requests named, the same task twice refused, 回避 kept), the team records the four stages in
 * Tasklist's API while the audit office and the task's principal give their opinions, then a
 * conclusion per cadre and a report on the unit's team; each conclusion acts through result
 * application (promotion candidacy, commendation of a cadre and of the team, 暂不列为拟提拔人选), and the
 * cadre's file and the next annual analysis see it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class SpecialAppraisalScenario {

  private static final String PASSWORD = "Special#2026x";
  private static final String OD = "sp-od";

  @Autowired TestRestTemplate template;
  @Autowired OrganisationService organisation;
  @Autowired PromotionBarService bars;
  @Autowired org.camunda.bpm.engine.TaskService taskService;

  @Test
  void aFloodReliefTask_appraisedAtItsEnd_andItsConclusionsApplied() {
    roster();
    RestClient api = new RestClient(template, PASSWORD);
    int year = cn.cadre.appraisal.support.OrganisationClock.today().getYear();
    String due = cn.cadre.appraisal.support.OrganisationClock.today().plusDays(30).toString();

    // a talent pool is data: org-dept creates it (named, once)
    ResponseEntity<String> noName = api.post(OD, "/api/talent-pools", Map.of("name", " "));
    assertThat(noName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noName.getBody()).contains("请填写人才库名称");
    assertThat(api.post("sp-c1", "/api/talent-pools", Map.of("name", "外事干部人才库")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> pool = api.post(OD, "/api/talent-pools", Map.of("name", "外事干部人才库", "description", "涉外工作储备"));
    assertThat(pool.getStatusCode()).as(pool.getBody()).isEqualTo(HttpStatus.CREATED);
    long poolId = api.json(pool).path("id").asLong();
    assertThat(api.post(OD, "/api/talent-pools", Map.of("name", "外事干部人才库")).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    // bad requests name every problem and open nothing; only org-dept opens one
    ResponseEntity<String> empty = api.post(OD, "/api/special-appraisals", Map.of());
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<String> problems = new java.util.ArrayList<>();
    api.json(empty).path("errors").forEach(e -> problems.add(e.asText()));
    assertThat(problems).hasSize(6);
    assertThat(problems.get(0)).isEqualTo("请填写专项任务名称");
    assertThat(problems.get(1)).startsWith("请填写任务类型：EVENT 重大活动、EMERGENCY 应急处置");
    assertThat(problems.get(2)).isEqualTo("请填写考核方式：THROUGHOUT 全程考核、AT_END 集中考核");
    assertThat(problems.subList(3, 6)).containsExactly("请填写考核截止日期", "请至少选择一名干部或一个单位",
        "请至少指定一名考核组成员");
    Map<String, Object> bad = new HashMap<>(open(due));
    bad.put("taskKind", "演出");
    bad.put("cadres", List.of("sp-c1", "sp-c2", "sp-x9", "sp-c1"));
    bad.put("team", List.of("sp-t1", "sp-c2", "nobody"));
    bad.put("offices", List.of("AUDIT", "NOPE"));
    ResponseEntity<String> refused = api.post(OD, "/api/special-appraisals", bad);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("任务类型只能是", "不是“演出”", "干部不存在：sp-x9", "干部重复：sp-c1",
        "回避：考核组成员 sp-c2（甲二）本人在被考核干部之列", "考核组成员不在花名册中：nobody", "征求意见的部门不存在：NOPE");
    assertThat(api.post("sp-c1", "/api/special-appraisals", open(due)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.json(api.get(OD, "/api/special-appraisals")).findValuesAsText("title")).doesNotContain("防汛抢险");

    ResponseEntity<String> opened = api.post(OD, "/api/special-appraisals", open(due));
    assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode appraisal = api.json(opened);
    long id = appraisal.path("id").asLong();
    String basis = year + "年防汛抢险专项考核";
    assertThat(appraisal.path("basis").asText()).isEqualTo(basis);
    assertThat(appraisal.path("modeLabel").asText()).isEqualTo("集中考核");
    assertThat(appraisal.path("cadres").findValuesAsText("cadreCode"))
        .containsExactly("sp-c1", "sp-c2", "sp-c4", "sp-c5", "sp-c6");
    ResponseEntity<String> again = api.post(OD, "/api/special-appraisals", open(due));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).contains(year + "年已开启“防汛抢险”专项考核");

    // the team's stages; a cadre sees no task of it
    String report = api.task("sp-t1", "Task_HearReport", basis);
    Overdue late = Overdue.task(taskService, year + "-SPECIAL/special-" + id, "Task_HearReport");
    assertThat(api.json(api.get("sp-t2", "/api/special-appraisals/" + id + "/red-lights")).findValuesAsText("taskName"))
        .containsExactly("听取汇报：" + basis);
    late.restore();
    assertThat(api.json(api.get("sp-c1", "/engine-rest/task?processDefinitionKey=SpecialAppraisalProcess"))).isEmpty();
    ResponseEntity<String> future = api.submit("sp-t1", report, Map.of("heldOn", cn.cadre.appraisal.support.OrganisationClock.today().plusDays(2).toString(),
        "participants", 12, "stageSummary", "汇报"));
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(future.getBody()).contains("听取汇报的日期不能晚于今天");
    String today = cn.cadre.appraisal.support.OrganisationClock.today().toString();
    api.complete("sp-t1", report, Map.of("heldOn", today, "participants", 12, "stageSummary", "牵头单位汇报了抢险经过"));
    api.complete("sp-t2", api.task("sp-t2", "Task_IndividualInterviews", basis),
        Map.of("heldOn", today, "participants", 30, "stageSummary", "访谈30人，普遍反映甲一靠前指挥"));
    api.complete("sp-t1", api.task("sp-t1", "Task_SiteInspection", basis),
        Map.of("heldOn", today, "stageSummary", "查看堤防加固现场"));
    api.complete("sp-t2", api.task("sp-t2", "Task_GroupDiscussion", basis),
        Map.of("heldOn", today, "participants", 8, "stageSummary", "座谈8人，乙二组织转移群众迟缓"));

    // the audit office and the task's principal give their opinions
    api.complete("sp-aud", api.task("sp-aud", "Task_OfficeOpinion", basis),
        Map.of("opinion", "抢险资金使用规范", "concerns", false));
    api.complete("sp-c3", api.task("sp-c3", "Task_PrincipalOpinion", basis),
        Map.of("opinion", "甲一表现突出，乙二执行不力", "concerns", true));

    // a conclusion per cadre: a missing statement is refused and named
    String c1 = api.task("sp-t1", "Task_ConcludeCadre", "甲一");
    ResponseEntity<String> noStatement = api.submit("sp-t1", c1, Map.of("conclusion", "PROMOTE"));
    assertThat(noStatement.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noStatement.getBody()).contains("甲一的考核结论有误：请填写鉴定意见");
    api.complete("sp-t1", c1, Map.of("conclusion", "PROMOTE", "statement", "靠前指挥，处置果断"));
    api.complete("sp-t2", api.task("sp-t2", "Task_ConcludeCadre", "甲二"),
        Map.of("conclusion", "COMMEND", "statement", "连续奋战，表现突出"));
    api.complete("sp-t2", api.task("sp-t2", "Task_ConcludeCadre", "乙二"),
        Map.of("conclusion", "NOT_NOW", "statement", "组织转移群众迟缓，排名靠后"));
    // 列入人才库 names a pool that exists (offered on the form); 问责 goes to org-dept and the committee
    String c5 = api.task("sp-t1", "Task_ConcludeCadre", "乙三");
    assertThat(api.json(api.get("sp-t1", "/engine-rest/task/" + c5 + "/form-variables")).path("talentPoolOptions")
        .path("value").findValuesAsText("value")).contains("外事干部人才库"); // and any pool other tests made
    ResponseEntity<String> noPool = api.submit("sp-t1", c5, Map.of("conclusion", "TALENT_POOL", "poolName", "无此库",
        "statement", "外语好"));
    assertThat(noPool.getBody()).contains("人才库“无此库”不存在；现有：", "外事干部人才库");
    api.complete("sp-t1", c5, Map.of("conclusion", "TALENT_POOL", "poolName", "外事干部人才库",
        "statement", "外语流利，对外联络得力"));
    api.complete("sp-t2", api.task("sp-t2", "Task_ConcludeCadre", "乙四"),
        Map.of("conclusion", "ACCOUNTABLE", "statement", "擅离职守，延误转移"));
    api.complete("sp-t1", api.task("sp-t1", "Task_ConcludeTeam", "甲局"),
        Map.of("commended", true, "teamStatement", "班子组织有力，措施得当"));

    await().atMost(Duration.ofSeconds(30)).until(() ->
        "CONCLUDED".equals(api.json(api.get(OD, "/api/special-appraisals/" + id)).path("status").asText()));
    JsonNode concluded = api.json(api.get("sp-pc", "/api/special-appraisals/" + id));
    assertThat(concluded.path("cadres").findValuesAsText("conclusion"))
        .containsExactly("PROMOTE", "COMMEND", "NOT_NOW", "TALENT_POOL", "ACCOUNTABLE");
    assertThat(concluded.path("records").findValuesAsText("source"))
        .containsExactlyInAnyOrder("REPORT", "INTERVIEWS", "SITE_VISIT", "DISCUSSION", "audit", "sp-c3");
    assertThat(concluded.path("units").get(0).path("commended").asBoolean()).isTrue();
    assertThat(api.json(api.get("sp-t1", "/api/special-appraisals/" + id + "/history")).findValuesAsText("subject"))
        .containsExactly("sp-c1", "sp-c2", "sp-c4", "sp-c5", "sp-c6", "sp-a");
    assertThat(api.get("sp-c1", "/api/special-appraisals/" + id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // each conclusion acts: 甲一 a promotion candidacy for org-dept to put forward, with its basis
    String nominate = api.task(OD, "Task_NominateCandidate", "甲一");
    JsonNode form = api.json(api.get(OD, "/engine-rest/task/" + nominate + "/form-variables"));
    assertThat(form.path("basis").path("value").asText()).isEqualTo(basis);
    // 甲二 and 甲局's team are commended in writing
    for (String cadre : List.of("sp-c2", "sp-c1")) {
      await().atMost(Duration.ofSeconds(30)).until(() -> api.json(api.get(cadre,
          "/api/notices?recipient=" + cadre + "&type=COMMENDATION")).size() == 1);
    }
    String toCadre = api.get("sp-c2", "/api/notices/" + noticeOf(api, "sp-c2")).getBody();
    assertThat(toCadre).contains("在" + basis + "中，您勇于担当、履职尽责，表现突出", "表扬嘉奖");
    String toTeam = api.get("sp-c1", "/api/notices/" + noticeOf(api, "sp-c1")).getBody();
    assertThat(toTeam).contains("甲局领导班子：", "在" + basis + "中，你单位领导班子");
    // 乙二 is not a candidate for promotion for a year
    await().atMost(Duration.ofSeconds(30)).until(() -> bars.isBarred(organisation.cadreByCode("sp-c4")));
    assertThat(bars.isBarred(organisation.cadreByCode("sp-c1"))).isFalse();

    // 乙三: org-dept confirms the entry, the cadre is in the pool and told so
    String confirm = api.task(OD, "Task_ConfirmTalentPool", "乙三");
    assertThat(api.json(api.get(OD, "/engine-rest/task/" + confirm + "/form-variables")).path("poolName").path("value")
        .asText()).isEqualTo("外事干部人才库");
    assertThat(api.submit(OD, confirm, Map.of("poolConfirmation", "decline")).getBody()).contains("暂不入库的理由不能为空");
    api.complete(OD, confirm, Map.of("poolConfirmation", "confirm", "poolReason", "同意"));
    await().atMost(Duration.ofSeconds(30)).until(() ->
        api.json(api.get(OD, "/api/talent-pools/" + poolId + "/members")).size() == 1);
    assertThat(api.json(api.get("sp-pc", "/api/talent-pools/" + poolId + "/members")).findValuesAsText("cadreCode"))
        .containsExactly("sp-c5");
    for (JsonNode p : api.json(api.get(OD, "/api/talent-pools"))) {
      if (p.path("id").asLong() == poolId) {
        assertThat(p.path("members").asInt()).isOne();
      }
    }
    assertThat(api.get("sp-c5", "/api/talent-pools").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    await().atMost(Duration.ofSeconds(30)).until(() ->
        api.json(api.get("sp-c5", "/api/notices?recipient=sp-c5&type=TALENT_POOL")).size() == 1);
    assertThat(api.get("sp-c5", "/api/notices/" + api.json(api.get("sp-c5", "/api/notices?recipient=sp-c5&type=TALENT_POOL"))
        .get(0).path("id").asText()).getBody()).contains("决定将您列入外事干部人才库", "外语流利，对外联络得力");

    // 乙四: org-dept proposes the measure, the committee decides, the decision is notified
    String propose = api.task(OD, "Task_ProposeAccountability", "乙四");
    ResponseEntity<String> badMeasure = api.submit(OD, propose, Map.of("accountabilityMeasure", "开除",
        "proposalReason", "擅离职守"));
    assertThat(badMeasure.getBody()).contains("问责方式只能是 通报、诫勉、组织调整或者组织处理、移送纪检监察机关，不是“开除”");
    api.complete(OD, propose, Map.of("accountabilityMeasure", "ADMONISH", "proposalReason", "汛期擅离职守，延误群众转移"));
    String decide = api.task("sp-pc", "Task_DecideAccountability", "乙四");
    assertThat(api.json(api.get("sp-pc", "/engine-rest/task/" + decide + "/form-variables")).path("proposalSummary")
        .path("value").asText()).isEqualTo("问责：问责方式：诫勉。汛期擅离职守，延误群众转移");
    api.complete("sp-pc", decide, Map.of("decision", "approve"));
    await().atMost(Duration.ofSeconds(30)).until(() ->
        api.json(api.get("sp-c6", "/api/notices?recipient=sp-c6&type=ACCOUNTABILITY")).size() == 1);
    assertThat(api.get("sp-c6", "/api/notices/" + api.json(api.get("sp-c6", "/api/notices?recipient=sp-c6&type=ACCOUNTABILITY"))
        .get(0).path("id").asText()).getBody()).contains("问责决定", "汛期擅离职守，延误群众转移", "决定对您予以<strong>诫勉</strong>");

    // the cadre's file holds the conclusion and the paths it opened
    JsonNode file = api.json(api.get("sp-c4", "/api/cadres/sp-c4/file")).path("years").get(0);
    assertThat(file.path("specialConclusions").get(0).path("conclusionLabel").asText()).isEqualTo("排名靠后，暂不列为拟提拔人选");
    assertThat(file.path("resultPaths").findValuesAsText("path")).containsExactly("PROMOTION_BAR");
    assertThat(file.path("resultPaths").findValuesAsText("source")).containsExactly("SPECIAL");
  }

  private static String noticeOf(RestClient api, String cadre) {
    JsonNode list = api.json(api.get(cadre, "/api/notices?recipient=" + cadre + "&type=COMMENDATION"));
    assertThat(list).as("commendation of " + cadre).hasSize(1);
    return list.get(0).path("id").asText();
  }

  private static Map<String, Object> open(String due) {
    return Map.of("title", "防汛抢险", "taskKind", "EMERGENCY", "mode", "AT_END", "dueDate", due,
        "cadres", List.of("sp-c1", "sp-c2", "sp-c4", "sp-c5", "sp-c6"), "units", List.of("sp-a"), "team", List.of("sp-t1", "sp-t2"),
        "principals", List.of("sp-c3"), "offices", List.of("AUDIT"));
  }

  private void roster() {
    if (organisation.homeUnitOf(OD).isPresent()) {
      return;
    }
    ResponseEntity<String> imported = new RestClient(template, "admin").post("admin", "/api/roster", Map.of(
        "units", List.of(RosterRows.unit("sp-a", "甲局"), RosterRows.unit("sp-b", "乙局")),
        "cadres", List.of(
            RosterRows.cadre("sp-c1", "甲一", "局长", "PRINCIPAL", "sp-a", "1988-03-01", PASSWORD),
            RosterRows.cadre("sp-c2", "甲二", "副局长", "DEPUTY", "sp-a", "1980-05-01", PASSWORD),
            RosterRows.cadre("sp-c3", "乙一", "局长", "PRINCIPAL", "sp-b", "1972-01-01", PASSWORD),
            RosterRows.cadre("sp-c4", "乙二", "副局长", "DEPUTY", "sp-b", "1979-01-01", PASSWORD),
            RosterRows.cadre("sp-c5", "乙三", "副局长", "DEPUTY", "sp-b", "1986-01-01", PASSWORD),
            RosterRows.cadre("sp-c6", "乙四", "副局长", "DEPUTY", "sp-b", "1975-01-01", PASSWORD)),
        "staff", List.of(
            RosterRows.staff(OD, "组织部干部", "sp-a", AppraisalGroup.ORG_DEPT.id(), PASSWORD),
            RosterRows.staff("sp-pc", "党委委员", "sp-a", AppraisalGroup.PARTY_COMMITTEE.id(), PASSWORD),
            RosterRows.staff("sp-t1", "考核组甲", "sp-b", AppraisalGroup.APPRAISAL_TEAM.id(), PASSWORD),
            RosterRows.staff("sp-t2", "考核组乙（应急局）", "sp-b", AppraisalGroup.APPRAISAL_TEAM.id(), PASSWORD),
            RosterRows.staff("sp-aud", "审计局干部", "sp-b", AppraisalGroup.AUDIT.id(), PASSWORD))));
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
  }
}
