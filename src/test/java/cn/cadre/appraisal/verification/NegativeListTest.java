package cn.cadre.appraisal.verification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.support.RestClient;
import cn.cadre.appraisal.support.RoundDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * 负面清单 end to end over the API: an office registered as data with its own group, a round that
 * asks it and discipline, one list per office (table, entries, spreadsheet, confidentiality), a late
 * return with its written explanation, the units released when the last list is in, and the rules
 * reading each entry.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NegativeListTest {

  private static final int YEAR = 2063;
  private static final String STATS = "NL_STATS";

  @Autowired ApplicationContext context;
  @Autowired TestRestTemplate template;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;

  @Test
  void officesReturnOneListEach_andTheRulesReadTheirEntries() throws Exception {
    RestClient admin = new RestClient(template, "admin");
    RestClient api = new RestClient(template, RoundDriver.PASSWORD);

    // an office is data: registered with its group, checked, no model change
    ResponseEntity<String> bad = admin.post("admin", "/api/offices", Map.of("code", "stats", "name", " ", "groupId", "Org Dept"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("code 应为", "groupId 应为", "name 不能为空");
    assertThat(admin.post("admin", "/api/offices", Map.of("code", "NL_X", "name", "冒用", "groupId", "org-dept")).getBody())
        .contains("不能使用考核工作组的用户组");
    ResponseEntity<String> created = admin.post("admin", "/api/offices",
        Map.of("code", STATS, "name", "统计", "groupId", "nl-statistics"));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(admin.post("admin", "/api/offices", Map.of("code", STATS, "name", "统计", "groupId", "nl-other")).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(admin.post("admin", "/api/offices", Map.of("code", "NL_OTHER", "name", "其他", "groupId", "nl-statistics"))
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(identity.createGroupQuery().groupId("nl-statistics").count()).as("the office's group").isEqualTo(1);

    RoundDriver driver = RoundDriver.of(context).year(YEAR).offices(List.of("DISCIPLINE", STATS));
    RoundDriver.Round round = driver.open("nl", 3, 4);
    String od = round.orgDept();
    assertThat(api.json(api.get(od, "/api/offices")).findValuesAsText("code")).contains("DISCIPLINE", "AUDIT", STATS);
    assertThat(api.get(round.cadreCode(1, 1), "/api/offices").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> unknown = api.post(od, "/api/campaigns", Map.of("year", YEAR + 1, "unitCodes",
        List.of(round.unitCode(1)), "offices", List.of("DISCIPLINE", "NOWHERE", "DISCIPLINE"), "appraisalTeams",
        List.of(Map.of("name", "组", "members", List.of(round.teamMember(2)), "unitCodes", List.of(round.unitCode(1))))));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).contains("部门不存在: NOWHERE", "部门重复: DISCIPLINE");

    // the office's staff come in by the roster, in the office's group
    ResponseEntity<String> roster = admin.post("admin", "/api/roster", Map.of("staff", List.of(Map.of("userId", "nl-stat",
        "name", "统计局联络员", "homeUnitCode", "nl-home", "groups", List.of("nl-statistics"),
        "initialPassword", RoundDriver.PASSWORD))));
    assertThat(roster.getStatusCode()).as(roster.getBody()).isEqualTo(HttpStatus.OK);
    String stat = "nl-stat";
    String disc = "nl-disc";
    String aud = "nl-aud";

    // one task per office asked, for its own group only
    String statTask = api.roundTask(stat, "Task_NegativeList", round.campaignId());
    JsonNode statTaskJson = api.json(api.get(stat, "/engine-rest/task/" + statTask));
    assertThat(statTaskJson.path("name").asText()).isEqualTo("报送负面清单：统计（" + YEAR + "年度考核）");
    assertThat(statTaskJson.path("due").asText()).as("a deadline, like every stage").isNotBlank();
    api.roundTask(disc, "Task_NegativeList", round.campaignId());
    assertThat(api.json(api.get(aud, "/engine-rest/task?taskDefinitionKey=Task_NegativeList&processInstanceBusinessKeyLike=%/campaign-"
        + round.campaignId())))
        .as("audit is not asked in this round").isEmpty();

    // the office's table: the round's cadres, filtered and paged
    String lists = "/api/campaigns/" + round.campaignId() + "/negative-lists";
    String statList = lists + "/" + STATS;
    JsonNode page = api.json(api.get(stat, statList + "?size=5"));
    assertThat(page.path("cadres").asInt()).isEqualTo(12);
    assertThat(page.path("total").asInt()).isEqualTo(12);
    assertThat(page.path("rows")).hasSize(5);
    assertThat(page.path("editable").asBoolean()).isTrue();
    assertThat(page.path("officeName").asText()).isEqualTo("统计");
    assertThat(api.json(api.get(stat, statList + "?unit=" + round.unitCode(2))).path("total").asInt()).isEqualTo(4);
    assertThat(api.json(api.get(stat, statList + "?q=" + round.cadreName(3, 2))).path("rows").findValuesAsText("cadreCode"))
        .containsExactly(round.cadreCode(3, 2));
    assertThat(api.json(api.get(stat, statList + "?page=9&size=5")).path("rows")).isEmpty();
    assertThat(api.get(stat, statList + "?size=1000").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    // who may see and write what
    assertThat(api.get(disc, statList).getStatusCode()).as("another office").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.get(round.cadreCode(1, 1), statList).getStatusCode()).as("a cadre").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.get(round.teamMember(1), statList).getStatusCode()).as("the appraisal team").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.get(stat, lists).getStatusCode()).as("the overview is org-dept's").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.json(api.get(od, statList)).path("editable").asBoolean()).as("org-dept reads").isFalse();
    assertThat(api.put(od, statList + "/cadres/" + round.cadreCode(1, 1), Map.of("items", "组织部代填")).getStatusCode())
        .as("but does not write an office's list").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.get(stat, lists + "/AUDIT").getStatusCode()).as("an office the round does not ask")
        .isEqualTo(HttpStatus.NOT_FOUND);

    // entries: marked, checked, changed, removed; every change audited with its author
    String a1 = statList + "/cadres/" + round.cadreCode(1, 1);
    ResponseEntity<String> noItems = api.put(stat, a1, Map.of("vetoItem", true));
    assertThat(noItems.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noItems.getBody()).contains("必须填写事项说明");
    assertThat(api.put(stat, a1, Map.of("items", "统计造假", "severity", "很重")).getBody()).contains("严重程度应为一般、较重或严重");
    assertThat(api.put(stat, statList + "/cadres/nobody-here", Map.of("items", "x")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.put(stat, a1, Map.of("items", "统计数据弄虚作假", "severity", "SERIOUS")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(api.put(stat, a1, Map.of("items", "统计数据弄虚作假，经查属实", "severity", "GRAVE", "vetoItem", true))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    String b2 = statList + "/cadres/" + round.cadreCode(2, 2);
    assertThat(api.put(stat, b2, Map.of("items", "误报")).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(template.withBasicAuth(stat, RoundDriver.PASSWORD).exchange(b2, org.springframework.http.HttpMethod.DELETE,
        null, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    String discB2 = lists + "/DISCIPLINE/cadres/" + round.cadreCode(2, 2);
    assertThat(api.put(disc, discB2, Map.of("items", "正在接受纪律审查", "severity", "GRAVE", "underInvestigation", true))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode statRows = api.json(api.get(stat, statList + "?marked=true")).path("rows");
    assertThat(statRows.findValuesAsText("cadreCode")).as("stats sees only its own entries").containsExactly(round.cadreCode(1, 1));
    assertThat(statRows.get(0).path("reportedBy").asText()).isEqualTo(stat);
    JsonNode history = api.json(api.get(stat, statList + "/history"));
    assertThat(history.findValuesAsText("action")).containsExactly("MARKED", "CHANGED", "MARKED", "REMOVED");
    assertThat(history.findValuesAsText("actor")).containsOnly(stat);
    assertThat(history.get(1).path("detail").asText()).contains("统计数据弄虚作假｜较重", "→", "一票否决");

    // the spreadsheet: a bad sheet names its rows and writes nothing; a good one is applied
    byte[] sheet = api.bytes(stat, statList + ".xlsx").getBody();
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
      Sheet s = workbook.getSheetAt(0);
      assertThat(s.getLastRowNum()).as("a row per cadre").isEqualTo(12);
      assertThat(s.getRow(0).getCell(4).getStringCellValue()).isEqualTo("有无负面清单事项");
      Row c32 = find(s, round.cadreCode(3, 2));
      c32.createCell(4).setCellValue("有");
      c32.createCell(5).setCellValue("统计报表长期迟报");
      c32.createCell(6).setCellValue("较重");
      c32.createCell(7).setCellValue("是");
      Row c31 = find(s, round.cadreCode(3, 1));
      c31.createCell(4).setCellValue("也许");
      Row c33 = find(s, round.cadreCode(3, 3));
      c33.createCell(5).setCellValue("无事项却写了说明");
      Row extra = s.createRow(20);
      extra.createCell(0).setCellValue("nl-u09-c09");
      extra.createCell(4).setCellValue("有");
      ResponseEntity<String> refused = api.upload(stat, statList + ".xlsx", "file", "清单.xlsx", bytes(workbook));
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).contains("第" + (c31.getRowNum() + 1) + "行", "应填“有”或“无”",
          "第" + (c33.getRowNum() + 1) + "行", "第21行", "干部不在本轮考核中");
      assertThat(api.json(api.get(stat, statList)).path("marked").asInt()).as("nothing written").isEqualTo(1);
      c31.createCell(4).setCellValue("无");
      c33.getCell(5).setBlank();
      s.removeRow(extra);
      ResponseEntity<String> accepted = api.upload(stat, statList + ".xlsx", "file", "清单.xlsx", bytes(workbook));
      assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
      assertThat(api.json(accepted).path("changed").asInt()).isEqualTo(1);
      assertThat(api.json(accepted).path("marked").asInt()).isEqualTo(2);
    }

    // overdue: a red light; a late list needs its written explanation
    tasks.setDueDate(statTask, Date.from(Instant.now().minusSeconds(3600)));
    JsonNode lights = api.json(api.get(od, "/api/campaigns/" + round.campaignId() + "/red-lights"));
    assertThat(lights.findValuesAsText("stage")).contains("Task_NegativeList");
    ResponseEntity<String> unconfirmed = api.submit(stat, statTask, Map.of("confirmAllClear", false));
    assertThat(unconfirmed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> unexplained = api.submit(stat, statTask, Map.of("confirmAllClear", true));
    assertThat(unexplained.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unexplained.getBody()).contains("已超过报送期限", "逾期说明");
    api.complete(stat, statTask, Map.of("confirmAllClear", true, "lateExplanation", "统计年报汇总延后，经分管领导同意延期三天"));
    assertThat(api.put(stat, a1, Map.of("items", "补报")).getStatusCode()).as("a returned list is closed")
        .isEqualTo(HttpStatus.CONFLICT);
    JsonNode status = api.json(api.get(od, lists));
    assertThat(status.findValuesAsText("officeCode")).containsExactly("DISCIPLINE", STATS);
    JsonNode statStatus = status.get(1);
    assertThat(statStatus.path("submitted").asBoolean()).isTrue();
    assertThat(statStatus.path("submittedBy").asText()).isEqualTo(stat);
    assertThat(statStatus.path("lateExplanation").asText()).contains("延期三天");
    assertThat(statStatus.path("marked").asInt()).isEqualTo(2);
    assertThat(status.get(0).path("submitted").asBoolean()).isFalse();
    assertThat(api.json(api.get(stat, statList + "/history")).findValuesAsText("action")).endsWith("RETURNED");

    // the units wait for the last list, then go on
    assertThat(runtime.createExecutionQuery().activityId("MessageEvent_NegativeListsReturned")
        .processVariableValueEquals("campaignId", round.campaignId()).count()).isEqualTo(3);
    api.complete(disc, api.roundTask(disc, "Task_NegativeList", round.campaignId()), Map.of("confirmAllClear", true));
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> runtime.createExecutionQuery()
        .activityId("MessageEvent_NegativeListsReturned").processVariableValueEquals("campaignId", round.campaignId()).count() == 0);

    // the rules read each office's entries
    driver.unitStagesToCalibration(round);
    String table = "/api/campaigns/" + round.campaignId() + "/calibration";
    Map<String, JsonNode> rows = new java.util.HashMap<>();
    api.json(api.get(od, table + "?size=100")).path("rows").forEach(r -> rows.put(r.path("cadreCode").asText(), r));
    assertThat(rows.get(round.cadreCode(1, 1)).path("rulesGrade").asText()).as("stats' veto item").isEqualTo("不称职");
    assertThat(rows.get(round.cadreCode(2, 2)).path("rulesGrade").asText()).as("discipline: under investigation")
        .isEqualTo("不确定等次");
    assertThat(rows.get(round.cadreCode(3, 2)).path("rulesGrade").asText()).as("uploaded, grade-affecting").isNotEqualTo("优秀");
    assertThat(rows.get(round.cadreCode(3, 2)).path("rulesReason").asText()).satisfiesAnyOf(
        r -> assertThat(r).contains("负面清单"), r -> assertThat(r).contains("票"));
  }

  private static Row find(Sheet sheet, String code) {
    for (Row row : sheet) {
      if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError("no row for " + code);
  }

  private static byte[] bytes(Workbook workbook) throws java.io.IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }
}
