package cn.cadre.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.cadre.appraisal.application.RectificationService;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.support.Overdue;
import cn.cadre.appraisal.support.RestClient;
import cn.cadre.appraisal.support.RosterRows;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * 任期考核 over HTTP, as an organisation department reviews a water bureau's five-year term: the term
 * opened with its targets (bad requests named, an overlapping term refused), archive grades of its
 * years, the review started (回避 kept), the self-check, the experts, the spot check and the site
 * inspection in Tasklist's API, the table's proposal from hand-computed facts (3 of 5 years 好, 1 of 4
 * targets unmet → 一般), the committee's change with a reason, the result notice with the one list of
 * problems, and that list's rectification opened for the team and shown to the next annual analysis.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class TermScenario {

  private static final String PASSWORD = "Term#2026term";
  private static final String OD = "tm-od";

  @Autowired TestRestTemplate template;
  @Autowired OrganisationService organisation;
  @Autowired RectificationService rectification;
  @Autowired org.camunda.bpm.engine.TaskService taskService;

  @Test
  void aWaterBureausFiveYearTerm_reviewedAndRectified() {
    roster();
    RestClient api = new RestClient(template, PASSWORD);
    int end = cn.cadre.appraisal.support.OrganisationClock.today().getYear();
    int start = end - 4;

    // bad requests name every problem; only org-dept opens a term
    ResponseEntity<String> empty = api.post(OD, "/api/terms", Map.of());
    assertThat(errors(api, empty)).containsExactly("请选择单位", "请填写任期起始年度", "请填写任期目标（至少一项）");
    ResponseEntity<String> bad = api.post(OD, "/api/terms", Map.of("unitCode", "tm-x", "startYear", start, "years", 12,
        "targets", List.of(Map.of("target", "节约用水"))));
    assertThat(errors(api, bad)).containsExactly("单位编码不存在：tm-x", "任期年限应为 2–10 年，不是 12",
        "第 1 项目标：请填写考核指标");
    assertThat(api.post("tm-p", "/api/terms", open(start)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> opened = api.post(OD, "/api/terms", open(start));
    assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.CREATED);
    long id = api.json(opened).path("id").asLong();
    String basis = "水务局领导班子" + start + "—" + end + "年任期考核";
    assertThat(api.json(opened).path("basis").asText()).isEqualTo(basis);
    ResponseEntity<String> overlap = api.post(OD, "/api/terms", open(start + 2));
    assertThat(overlap.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(overlap.getBody()).contains("与 " + (start + 2) + "—" + (start + 6) + " 年重叠");

    // the years' grades from the archive (no annual round of this unit here): 好 好 较好 好 较好
    String term = "/api/terms/" + id;
    assertThat(errors(api, api.post(OD, term + "/archive-grades", Map.of("year", start - 1, "grade", "优", "source", ""))))
        .containsExactly("年度应在任期 " + start + "—" + end + " 年之内，不是 " + (start - 1),
            "班子等次不在允许范围内: 优（允许：好、较好、一般、差）", "请填写等次来源（如档案文号）");
    List<String> grades = List.of("GOOD", "GOOD", "FAIRLY_GOOD", "GOOD", "FAIRLY_GOOD");
    for (int i = 0; i < 5; i++) {
      assertThat(api.post(OD, term + "/archive-grades", Map.of("year", start + i, "grade", grades.get(i),
          "source", "示组考〔" + (start + i) + "〕" + (i + 1) + "号")).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
    assertThat(api.post(OD, term + "/archive-grades", Map.of("year", start, "grade", "好", "source", "同一档案"))
        .getStatusCode()).as("the same grade again").isEqualTo(HttpStatus.OK);
    ResponseEntity<String> changed = api.post(OD, term + "/archive-grades", Map.of("year", start, "grade", "差",
        "source", "另一档案"));
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(changed.getBody()).contains(start + "年度已录入档案等次“好”，不能改为“差”");

    // the review: experts not from the unit (回避), a due date ahead
    String due = cn.cadre.appraisal.support.OrganisationClock.today().plusDays(30).toString();
    assertThat(errors(api, api.post(OD, term + "/review", Map.of("dueDate", "2000-01-01", "experts", List.of("tm-e3")))))
        .containsExactly("考核截止日期必须晚于今天：2000-01-01", "回避：核查专家 tm-e3 的本单位是 水务局");
    ResponseEntity<String> started = api.post(OD, term + "/review", Map.of("dueDate", due, "experts",
        List.of("tm-e1", "tm-e2")));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(api.post(OD, term + "/review", Map.of("dueDate", due, "experts", List.of("tm-e1"))).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    // 自查 by the unit's principal: every target met, it says
    String self = api.task("tm-p", "Task_TermSelfCheck", basis);
    Overdue late = Overdue.task(taskService, end + "-TERM/term-" + id, "Task_TermSelfCheck");
    JsonNode lights = api.json(api.get("tm-pc", term + "/red-lights"));
    assertThat(lights.findValuesAsText("taskName")).containsExactly("任期自查：" + basis);
    assertThat(lights.get(0).path("assignee").asText()).isEqualTo("tm-p");
    late.restore();
    JsonNode selfForm = api.json(api.get("tm-p", "/engine-rest/task/" + self + "/form-variables"));
    assertThat(selfForm.path("targets").path("value").asText()).startsWith("1. 用水总量控制（指标：用水总量不超过12亿立方米）");
    assertThat(api.submit("tm-p", self, Map.of("selfCheckReport", "各项目标均已完成", "unmetTargets", "9")).getBody())
        .contains("目标编号超出范围（1–4）：9");
    api.complete("tm-p", self, Map.of("selfCheckReport", "各项目标均已完成", "unmetTargets", ""));
    // 专家核查: target 3 not met after all, two problems
    api.complete("tm-e2", api.task("tm-e2", "Task_ExpertVerification", basis), Map.of("verificationReport",
        "核查了四项目标的台账和监测数据", "verifiedUnmetTargets", "3", "verificationProblems", "节水指标未达标\n河湖长制巡查记录不全"));
    // 重点抽查 and 现场检查 by org-dept: one problem again, one new; the site inspection finds none
    api.complete(OD, api.task(OD, "Task_TermSpotCheck", basis), Map.of("checkReport", "抽查河湖长制落实情况",
        "checkProblems", "河湖长制巡查记录不全\n项目资金拨付滞后"));
    api.complete(OD, api.task(OD, "Task_TermSiteInspection", basis), Map.of("checkReport", "现场检查入河排污口整治情况"));

    // the table's proposal: 3 of 5 years 好, but 1 of 4 targets unmet (25 % > 20 %) → 一般
    String decide = api.task("tm-pc", "Task_DecideTermGrade", basis);
    JsonNode decideForm = api.json(api.get("tm-pc", "/engine-rest/task/" + decide + "/form-variables"));
    assertThat(decideForm.path("proposedTermGradeLabel").path("value").asText()).isEqualTo("一般");
    assertThat(decideForm.path("termGradeReason").path("value").asText()).isEqualTo("五分之一以上任期目标未完成");
    assertThat(decideForm.path("termSummary").path("value").asText()).isEqualTo("年度考核：" + start + "年好、" + (start + 1)
        + "年好、" + (start + 2) + "年较好、" + (start + 3) + "年好、" + end + "年较好；任期目标 4 项，未完成 1 项");
    assertThat(decideForm.path("problemList").path("value").asText())
        .isEqualTo("节水指标未达标\n河湖长制巡查记录不全\n项目资金拨付滞后");
    assertThat(api.submit("tm-pc", decide, Map.of("termDecision", "change", "termGrade", "FAIRLY_GOOD")).getBody())
        .contains("改定任期等次的，请写明理由");
    api.complete("tm-pc", decide, Map.of("termDecision", "change", "termGrade", "FAIRLY_GOOD",
        "termDecisionReason", "未完成目标受上游来水影响，已有替代措施"));

    await().atMost(Duration.ofSeconds(30)).until(() -> "CONCLUDED".equals(api.json(api.get("tm-pc", term)).path("status")
        .asText()));
    JsonNode concluded = api.json(api.get(OD, term));
    assertThat(concluded.path("finalGradeLabel").asText()).isEqualTo("较好");
    assertThat(concluded.path("targets").findValuesAsText("verifiedMet")).containsExactly("true", "true", "false", "true");
    assertThat(api.json(api.get(OD, term + "/history")).findValuesAsText("actor")).containsExactly("term-grade.dmn", "tm-pc");
    assertThat(api.get("tm-p", term).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // the result notice goes to the principal, with the one list of problems (一单位一单)
    JsonNode[] notice = new JsonNode[1];
    await().atMost(Duration.ofSeconds(30)).until(() ->
        (notice[0] = api.json(api.get("tm-p", "/api/notices?recipient=tm-p&type=TERM_RESULT"))).size() == 1);
    assertThat(api.get("tm-p", "/api/notices/" + notice[0].get(0).path("id").asText()).getBody()).contains("水务局领导班子：",
        basis + "等次确定为：<strong>较好</strong>", "（1）节水指标未达标", "（3）项目资金拨付滞后", "班子主要负责同志（水一同志）");

    // the team's members find the term in their appraisal file
    JsonNode file = api.json(api.get("tm-d", "/api/cadres/tm-d/file")).path("years").get(0);
    assertThat(file.path("year").asInt()).isEqualTo(end);
    assertThat(file.path("teamTermResults").get(0).path("gradeLabel").asText()).isEqualTo("较好");

    // and it is the team's rectification list, whose open items the next annual analysis shows
    String list = api.task(OD, "Task_ListRectification", "水务局领导班子");
    assertThat(api.json(api.get(OD, "/engine-rest/task/" + list + "/form-variables")).path("problems").path("value")
        .asText()).isEqualTo("节水指标未达标\n河湖长制巡查记录不全\n项目资金拨付滞后");
    api.complete(OD, list, Map.of("rectificationItems", "节水指标未达标\n河湖长制巡查记录不全\n项目资金拨付滞后",
        "rectificationDeadline", cn.cadre.appraisal.support.OrganisationClock.today().plusMonths(3).toString()));
    await().atMost(Duration.ofSeconds(30)).until(() -> !rectification.openItemsOfTeam("tm-a").isEmpty());
    assertThat(rectification.openItemsOfTeam("tm-a")).contains("节水指标未达标", "项目资金拨付滞后");
  }

  private static Map<String, Object> open(int start) {
    return Map.of("unitCode", "tm-a", "startYear", start, "targets", List.of(
        Map.of("target", "用水总量控制", "indicator", "用水总量不超过12亿立方米"),
        Map.of("target", "河湖长制", "indicator", "河湖长巡查全覆盖"),
        Map.of("target", "节水型社会建设", "indicator", "万元GDP用水量下降16%"),
        Map.of("target", "水利投资", "indicator", "完成水利投资50亿元")));
  }

  private static List<String> errors(RestClient api, ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<String> errors = new ArrayList<>();
    api.json(response).path("errors").forEach(e -> errors.add(e.asText()));
    return errors;
  }

  private void roster() {
    if (organisation.homeUnitOf(OD).isPresent()) {
      return;
    }
    ResponseEntity<String> imported = new RestClient(template, "admin").post("admin", "/api/roster", Map.of(
        "units", List.of(RosterRows.unit("tm-a", "水务局"), RosterRows.unit("tm-b", "发改委")),
        "cadres", List.of(
            RosterRows.cadre("tm-p", "水一", "局长", "PRINCIPAL", "tm-a", "1972-03-01", PASSWORD),
            RosterRows.cadre("tm-d", "水二", "副局长", "DEPUTY", "tm-a", "1980-05-01", PASSWORD)),
        "staff", List.of(
            RosterRows.staff(OD, "组织部干部", "tm-b", AppraisalGroup.ORG_DEPT.id(), PASSWORD),
            RosterRows.staff("tm-pc", "党委委员", "tm-b", AppraisalGroup.PARTY_COMMITTEE.id(), PASSWORD),
            RosterRows.staff("tm-e1", "专家甲", "tm-b", AppraisalGroup.APPRAISAL_TEAM.id(), PASSWORD),
            RosterRows.staff("tm-e2", "专家乙", "tm-b", AppraisalGroup.APPRAISAL_TEAM.id(), PASSWORD),
            RosterRows.staff("tm-e3", "专家丙", "tm-a", AppraisalGroup.APPRAISAL_TEAM.id(), PASSWORD))));
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
  }
}
