package cn.cadre.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.support.Overdue;
import cn.cadre.appraisal.support.RestClient;
import cn.cadre.appraisal.support.RosterRows;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 综合考核 over HTTP: the organisation department's indicator schemes per year and category (checked
 * as a whole, kept per year, copied to the next, passed around as .xlsx).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class UnitScoringScenario {

  static final String PASSWORD = "Score#2026score";
  static final String OD = "us-od";

  @Autowired TestRestTemplate template;
  @Autowired OrganisationService organisation;
  @Autowired org.camunda.bpm.engine.TaskService taskService;

  @Test
  void schemesAreKeptPerYearAndCategory_andTravelAsSpreadsheets() throws Exception {
    roster();
    RestClient api = new RestClient(template, PASSWORD);

    // only org-dept keeps schemes; a bad scheme names its problems and saves nothing
    assertThat(api.post("us-stat1", "/api/indicator-schemes", scheme(2031)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    Map<String, Object> bad = new HashMap<>(scheme(2031));
    bad.put("indicators", List.of(indicator("D1", "经济发展", "DEVELOPMENT", 70, "US_STAT"),
        indicator("P1", "党建工作", "PARTY_BUILDING", 100, "US_NOPE")));
    ResponseEntity<String> refused = api.post(OD, "/api/indicator-schemes", bad);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(api.json(refused).findValuesAsText("errors").isEmpty() ? refused.getBody() : refused.getBody())
        .contains("第2项指标（党建工作）：责任单位不存在: US_NOPE", "“发展实绩”各指标权重合计应为100，现为 70");
    assertThat(api.json(api.get(OD, "/api/indicator-schemes?year=2031"))).isEmpty();

    // two requests creating the same year's scheme at once: one is created, the other told so
    List<ResponseEntity<String>> both = twice(() -> api.post(OD, "/api/indicator-schemes", scheme(2031)));
    assertThat(both).extracting(ResponseEntity::getStatusCode)
        .containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.CONFLICT);
    JsonNode created = api.json(api.get(OD, "/api/indicator-schemes?year=2031")).get(0);
    long id = created.path("id").asLong();
    assertThat(created.path("name").asText()).isEqualTo("2031年度市综合考核指标体系");
    assertThat(created.path("indicators").findValuesAsText("officeName")).containsExactly("统计局", "统计局", "组织部",
        "调查中心", "组织部", "纪检监察");
    assertThat(api.post(OD, "/api/indicator-schemes", scheme(2031)).getBody()).contains("2031年度市已有指标体系");

    // its year and category stay; its content may change while no round used it
    Map<String, Object> changed = new HashMap<>(scheme(2031));
    changed.put("name", "2031年度设区市高质量发展综合考核指标体系");
    ResponseEntity<String> replaced = api.put(OD, "/api/indicator-schemes/" + id, changed);
    assertThat(replaced.getStatusCode()).as(replaced.getBody()).isEqualTo(HttpStatus.OK);
    changed.put("year", 2030);
    assertThat(api.put(OD, "/api/indicator-schemes/" + id, changed).getBody()).contains("年度和单位类别不能修改");

    // next year's starts as a copy; changing it leaves this year's as it was
    ResponseEntity<String> copied = api.post(OD, "/api/indicator-schemes/" + id + "/copy", Map.of());
    assertThat(copied.getStatusCode()).as(copied.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(api.json(copied).path("year").asInt()).isEqualTo(2032);
    assertThat(api.json(copied).path("name").asText()).isEqualTo("2032年度设区市高质量发展综合考核指标体系");

    // the spreadsheet: exported, edited in Excel (a weight moved), imported back as next year's change
    ResponseEntity<byte[]> xlsx = api.bytes(OD, "/api/indicator-schemes/" + api.json(copied).path("id").asLong() + ".xlsx");
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    byte[] edited;
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("指标名称");
      Row economy = sheet.getRow(1);
      assertThat(economy.getCell(1).getStringCellValue()).isEqualTo("经济发展");
      economy.getCell(5).setCellValue(50);
      sheet.getRow(2).getCell(5).setCellValue(50);
      assertThat(workbook.getSheet("体系设置").getRow(3).getCell(1).getStringCellValue()).isEqualTo("乘数法");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      edited = out.toByteArray();
    }
    ResponseEntity<String> imported = api.upload(OD, "/api/indicator-schemes.xlsx", "file", "2032.xlsx", edited);
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(api.json(imported).path("indicators").findValuesAsText("weight").subList(0, 2))
        .containsExactly("50.0", "50.0");
    assertThat(api.json(api.get(OD, "/api/indicator-schemes/" + id)).path("indicators").findValuesAsText("weight")
        .subList(0, 2)).as("2031 unchanged").containsExactly("60.0", "40.0");

    // a spreadsheet that is wrong names its rows
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      workbook.getSheetAt(0).getRow(1).getCell(5).setCellValue("六十");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      ResponseEntity<String> wrong = api.upload(OD, "/api/indicator-schemes.xlsx", "file", "bad.xlsx", out.toByteArray());
      assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(wrong.getBody()).contains("第2行：权重应为数字，不是“六十”");
    }
  }

  /**
   * A year's round over three cities, by hand: 甲市 D1 80, D2 6 of target 8 (75), P1 95, S1 90, bonus 2:
   * development 80 × 0.6 + 75 × 0.4 = 78; (78 × 90 + 90 × 10) / 100 = 79.2; × 95 / 80 = 94.05; + 2 =
   * 96.05. 乙市 D1 90, D2 10 (capped at 100), P1 80, S1 70, a discipline violation: development 94;
   * (94 × 90 + 70 × 10) / 100 = 91.6; × 80 / 80 = 91.6. 丙市 D1 70, D2 8, P1 60, S1 80, bonus 1, a veto:
   * development 82; 81.8 × 60 / 80 = 61.35; + 1 = 62.35. Ranks 甲 乙 丙; grades 好, 较好 lowered to 一般, 差.
   * Spreads: D1 (90 − 70) / 100 = 20 %, D2 25 %, S1 20 % are flagged; P1 35 % is not.
   */
  @Test
  void aYearsUnitsAreScoredByTheirOffices_rankedLikeWithLike_andGraded() throws Exception {
    roster();
    RestClient api = new RestClient(template, PASSWORD);
    int year = 2036; // a year of its own: a concluded scoring round links into that year's annual rounds
    ResponseEntity<String> scheme = api.post(OD, "/api/indicator-schemes", roundScheme(year));
    assertThat(scheme.getStatusCode()).as(scheme.getBody()).isEqualTo(HttpStatus.CREATED);
    long schemeId = api.json(scheme).path("id").asLong();

    // opening: bad requests named; two at once give one round
    String due = cn.cadre.appraisal.support.OrganisationClock.today().plusDays(20).toString();
    assertThat(api.post(OD, "/api/scoring-rounds", Map.of("year", year, "dueDate", "2000-01-01")).getBody())
        .contains("评分截止日期必须晚于今天：2000-01-01");
    assertThat(api.post(OD, "/api/scoring-rounds", Map.of("year", year, "dueDate", due, "unitCodes", List.of("us-x")))
        .getBody()).contains("统计局机关属于“部门”，" + year + "年度该类别没有考核指标体系");
    Map<String, Object> open = Map.of("year", year, "dueDate", due, "unitCodes", List.of("us-a", "us-b", "us-c"));
    List<ResponseEntity<String>> opened = twice(() -> api.post(OD, "/api/scoring-rounds", open));
    assertThat(opened).extracting(ResponseEntity::getStatusCode)
        .containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.CONFLICT);
    JsonNode round = api.json(opened.stream().filter(r -> r.getStatusCode() == HttpStatus.CREATED).findFirst().orElseThrow());
    long id = round.path("id").asLong();
    assertThat(round.path("offices").findValuesAsText("name")).containsExactly("统计局", "组织部", "调查中心", "纪检监察");
    String base = "/api/scoring-rounds/" + id;
    // the scheme a round uses is frozen
    assertThat(api.put(OD, "/api/indicator-schemes/" + schemeId, roundScheme(year)).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    // 统计局: its task, its table only, values in range
    String title = year + "年度综合考核评分";
    String statTask = api.task("us-stat1", "Task_EnterIndicatorScores", "统计局");
    assertThat(api.get("us-stat1", base + "/offices/US_ORG/sheet").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode sheet = api.json(api.get("us-stat1", base + "/offices/US_STAT/sheet"));
    assertThat(sheet.path("rowsTotal").asInt()).isEqualTo(6);
    ResponseEntity<String> outOfRange = api.put("us-stat1", base + "/offices/US_STAT/sheet", Map.of("rows", List.of(
        entry("us-a", "D1", 120), entry("us-a", "P1", 90), entry("us-q", "D1", 50))));
    assertThat(outOfRange.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(outOfRange.getBody()).contains("第1项（甲市）“经济发展”：应在 0–100 之间，不是 120",
        "第2项（甲市）：指标“党建工作”不由统计局评分", "第3项：单位不在本轮综合考核中：us-q");
    // every city reached the D2 target: full marks everywhere is invalid
    assertThat(api.put("us-stat1", base + "/offices/US_STAT/sheet", Map.of("rows", List.of(
        entry("us-a", "D1", 80), entry("us-b", "D1", 90), entry("us-c", "D1", 70),
        entry("us-a", "D2", 8), entry("us-b", "D2", 10), entry("us-c", "D2", 8)))).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(api.submit("us-stat1", statTask, Map.of()).getBody())
        .contains("“生态环境”各单位（3 个市）均为满分，评分无效，请拉开差距后重新评分");
    // the spreadsheet: downloaded, 甲市's D2 corrected to 6, uploaded
    byte[] corrected;
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
        api.bytes("us-stat1", base + "/offices/US_STAT/sheet.xlsx").getBody()))) {
      Sheet rows = workbook.getSheetAt(0);
      assertThat(rows.getRow(0).getCell(9).getStringCellValue()).isEqualTo("得分或实际值");
      for (Row row : rows) {
        if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("us-a")
            && row.getCell(3).getStringCellValue().equals("D2")) {
          row.getCell(9).setCellValue(6);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      corrected = out.toByteArray();
    }
    ResponseEntity<String> uploaded = api.upload("us-stat1", base + "/offices/US_STAT/sheet.xlsx", "file", "stat.xlsx",
        corrected);
    assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.OK);
    api.complete("us-stat1", statTask, Map.of());
    assertThat(api.put("us-stat1", base + "/offices/US_STAT/sheet", Map.of("rows", List.of(entry("us-a", "D1", 81))))
        .getBody()).contains("统计局已提交评分，不能再修改");

    // 组织部 and 纪检监察 in JSON; yes/no items take 1 and 0
    api.put("us-org1", base + "/offices/US_ORG/sheet", Map.of("rows", List.of(entry("us-a", "P1", 95),
        entry("us-b", "P1", 80), entry("us-c", "P1", 60), entry("us-a", "B1", 2), entry("us-b", "B1", 0),
        entry("us-c", "B1", 1))));
    api.complete("us-org1", api.task("us-org1", "Task_EnterIndicatorScores", "组织部"), Map.of());
    assertThat(api.put("us-disc1", base + "/offices/US_DISC/sheet", Map.of("rows", List.of(entry("us-a", "X1", 2))))
        .getBody()).contains("应填 1（是）或 0（否），不是 2");
    api.put("us-disc1", base + "/offices/US_DISC/sheet", Map.of("rows", List.of(entry("us-a", "X1", 0),
        entry("us-b", "X1", 0), entry("us-c", "X1", 1), entry("us-a", "L1", 0), entry("us-b", "L1", 1),
        entry("us-c", "L1", 0))));
    api.complete("us-disc1", api.task("us-disc1", "Task_EnterIndicatorScores", "纪检监察"), Map.of());

    // 调查中心 is late: a red light, and its submission needs a written explanation
    String surveyTask = api.task("us-survey1", "Task_EnterIndicatorScores", "调查中心");
    Overdue.task(taskService, year + "-SCORING/round-" + id, "Task_EnterIndicatorScores"); // completed late below
    assertThat(api.json(api.get(OD, base + "/red-lights")).findValuesAsText("taskName"))
        .containsExactly("综合考核评分：调查中心（" + title + "）");
    api.put("us-survey1", base + "/offices/US_SURVEY/sheet", Map.of("rows", List.of(entry("us-a", "S1", 90),
        entry("us-b", "S1", 70), entry("us-c", "S1", 80))));
    assertThat(api.submit("us-survey1", surveyTask, Map.of()).getBody()).contains("已超过评分截止日期，请填写情况说明");
    api.complete("us-survey1", surveyTask, Map.of("lateExplanation", "入户调查样本补录，晚两天"));

    // computed: totals, ranks, grades; spreads flagged below 30 %
    String review = api.task(OD, "Task_ReviewUnitScores", title);
    JsonNode scores = api.json(api.get(OD, base + "/scores"));
    assertThat(scores.path("units").findValuesAsText("unitName")).containsExactly("甲市", "乙市", "丙市");
    assertThat(scores.path("units").findValuesAsText("total")).containsExactly("96.05", "91.6", "62.35");
    assertThat(scores.path("units").findValuesAsText("rank")).containsExactly("1", "2", "3");
    assertThat(scores.path("units").findValuesAsText("grade")).containsExactly("GOOD", "AVERAGE", "POOR");
    assertThat(scores.path("units").get(1).path("gradeReason").asText())
        .isEqualTo("在同类单位中排名前80%，评为较好；存在降等事项，降低一个等次为一般");
    assertThat(scores.path("units").get(0).path("developmentScore").asDouble()).isEqualTo(78.0);
    Map<String, Boolean> flagged = new java.util.LinkedHashMap<>();
    scores.path("spreads").forEach(s -> flagged.put(s.path("key").asText(), s.path("flagged").asBoolean()));
    assertThat(flagged).containsExactly(Map.entry("市/D1", true), Map.entry("市/D2", true),
        Map.entry("市/P1", false), Map.entry("市/S1", true));
    assertThat(api.json(api.get(OD, base)).path("offices").get(2).path("explanation").asText())
        .isEqualTo("入户调查样本补录，晚两天");
    assertThat(api.get("us-pa", base + "/scores").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // org-dept corrects a value (with a reason, audited) and changes a grade (with a reason, audited)
    assertThat(api.put(OD, base + "/offices/US_STAT/sheet", Map.of("rows", List.of(entry("us-c", "D1", 72))))
        .getBody()).contains("评分已提交，更正得分必须填写理由");
    assertThat(api.put(OD, base + "/offices/US_STAT/sheet", Map.of("reason", "统计局复核更正", "rows",
        List.of(entry("us-c", "D1", 72)))).getStatusCode()).isEqualTo(HttpStatus.OK);
    // 丙市: development 72 × 0.6 + 40 = 83.2; (83.2 × 90 + 800) / 100 = 82.88; × 0.75 = 62.16; + 1 = 63.16
    assertThat(api.json(api.get(OD, base + "/scores")).path("units").get(2).path("total").asText()).isEqualTo("63.16");
    assertThat(api.put(OD, base + "/units/us-b/grade", Map.of("grade", "较好")).getBody())
        .contains("调整单位等次必须填写理由");
    assertThat(api.put(OD, base + "/units/us-b/grade", Map.of("grade", "较好", "reason", "违纪问题发生在上年度，本年已整改"))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode history = api.json(api.get(OD, base + "/history"));
    assertThat(history.findValuesAsText("actor")).contains("us-stat1", "us-survey1", "unit-grade.dmn", OD);
    JsonNode last = history.get(history.size() - 1);
    assertThat(last.path("subject").asText()).isEqualTo("GRADE");
    assertThat(last.path("oldValue").asText()).isEqualTo("AVERAGE");
    assertThat(last.path("newValue").asText()).isEqualTo("FAIRLY_GOOD");
    assertThat(history.toString()).contains("更正：统计局复核更正");

    // the review: the form shows the ranking and the flags; org-dept halves D1 next year
    JsonNode form = api.json(api.get(OD, "/engine-rest/task/" + review + "/form-variables"));
    assertThat(form.path("unitRanking").path("value").asText()).contains("1. 甲市 96.05 分，好", "2. 乙市 91.6 分，较好");
    assertThat(form.path("flaggedSpreads").path("value").asText()).contains("市/D1 经济发展（市，统计局）：差异度 18%");
    assertThat(api.submit(OD, review, Map.of("halvingDecision", "some", "halvedIndicators", "市/P1")).getBody())
        .contains("以下指标没有被标记为评分差异过小，不能减半：市/P1");
    api.complete(OD, review, Map.of("halvingDecision", "some", "halvedIndicators", "市/D1"));
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
        .until(() -> "CONCLUDED".equals(api.json(api.get(OD, base)).path("status").asText()));

    // next year's scheme counts D1 half; this year's is unchanged
    JsonNode next = api.json(api.get(OD, "/api/indicator-schemes?year=" + (year + 1))).get(0);
    assertThat(next.path("indicators").get(0).path("halved").asBoolean()).isTrue();
    assertThat(next.path("indicators").get(0).path("effectiveWeight").asDouble()).isEqualTo(30.0);
    assertThat(next.path("indicators").get(0).path("halvedReason").asText())
        .isEqualTo(year + "年度经济发展评分差异度为 18%，低于 30%，分值减半");
    assertThat(api.json(api.get(OD, "/api/indicator-schemes/" + schemeId)).path("indicators").get(0).path("halved")
        .asBoolean()).isFalse();

    // changing next year's scheme (D1 and D2 weighed 50 / 50 now) leaves this year's results as they were
    Map<String, Object> nextYear = new HashMap<>(roundScheme(year + 1));
    List<Object> reweighed = new ArrayList<>((List<?>) nextYear.get("indicators"));
    reweighed.set(0, indicator("D1", "经济发展", "DEVELOPMENT", 50, "US_STAT"));
    reweighed.set(1, Map.of("code", "D2", "name", "生态环境", "paper", "DEVELOPMENT", "fullPoints", 100, "weight", 50,
        "office", "US_STAT", "method", "TARGET", "target", 8));
    nextYear.put("indicators", reweighed);
    assertThat(api.put(OD, "/api/indicator-schemes/" + next.path("id").asLong(), nextYear).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(api.json(api.get(OD, base + "/scores")).path("units").findValuesAsText("total"))
        .containsExactly("96.05", "91.6", "63.16");

    // the committee's spreadsheet
    ResponseEntity<byte[]> xlsx = api.bytes("us-cm", base + "/scores.xlsx");
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      Row first = workbook.getSheet("单位得分").getRow(1);
      assertThat(first.getCell(2).getStringCellValue()).isEqualTo("甲市");
      assertThat(first.getCell(11).getNumericCellValue()).isEqualTo(96.05);
      assertThat(first.getCell(13).getStringCellValue()).isEqualTo("好");
      assertThat(workbook.getSheet("评分差异度").getRow(1).getCell(7).getStringCellValue()).isEqualTo("18%");
    }
  }

  static Map<String, Object> entry(String unit, String indicator, Number value) {
    return Map.of("unit", unit, "indicator", indicator, "value", value);
  }

  /** The round's scheme: the spreadsheet test's, with a grade-lowering item of the discipline office. */
  static Map<String, Object> roundScheme(int year) {
    Map<String, Object> scheme = new HashMap<>(scheme(year));
    List<Object> indicators = new ArrayList<>((List<?>) scheme.get("indicators"));
    indicators.add(Map.of("code", "L1", "name", "违纪违法问题", "kind", "LOWER_GRADE", "office", "US_DISC"));
    scheme.put("indicators", indicators);
    return scheme;
  }

  @Test
  void hostileInputIsRefusedInChinese_andChangesNothing() throws Exception {
    roster();
    RestClient api = new RestClient(template, PASSWORD);
    Map<String, Object> wrongType = new HashMap<>(scheme(2033));
    wrongType.put("indicators", List.of(Map.of("code", "D1", "name", "经济发展", "paper", "DEVELOPMENT",
        "fullPoints", "很多", "weight", 100, "office", "US_STAT")));
    ResponseEntity<String> typed = api.post(OD, "/api/indicator-schemes", wrongType);
    assertThat(typed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(typed.getBody()).contains("字段 indicators[0].fullPoints 的值“很多”格式不正确");
    Map<String, Object> longName = new HashMap<>(scheme(2033));
    longName.put("name", "长".repeat(101));
    assertThat(api.post(OD, "/api/indicator-schemes", longName).getBody()).contains("名称不能超过100个字");
    assertThat(api.post(OD, "/api/indicator-schemes", "[1, 2]").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> notExcel = api.upload(OD, "/api/indicator-schemes.xlsx", "file", "scheme.xlsx",
        "年度,2033".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(notExcel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notExcel.getBody()).contains("无法读取 Excel 文件（应为 .xlsx）");
    assertThat(api.upload(OD, "/api/indicator-schemes.xlsx", "file", "empty.xlsx", new byte[0]).getBody())
        .contains("上传的文件是空的");

    // a formula in a cell (=HYPERLINK…) is refused, not read as its text and passed on to exports
    byte[] formula;
    try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet indicators = workbook.createSheet("考核指标");
      String[] header = {"指标编码", "指标名称", "类别", "性质", "满分", "权重", "责任单位编码", "计分方法", "目标值", "个性指标单位编码"};
      Row head = indicators.createRow(0);
      for (int c = 0; c < header.length; c++) {
        head.createCell(c).setCellValue(header[c]);
      }
      Row row = indicators.createRow(1);
      row.createCell(0).setCellValue("D1");
      row.createCell(1).setCellFormula("HYPERLINK(\"http://example.invalid\",\"点我\")");
      row.createCell(2).setCellValue("发展实绩");
      row.createCell(4).setCellValue(100);
      row.createCell(5).setCellValue(100);
      row.createCell(6).setCellValue("US_STAT");
      Sheet settings = workbook.createSheet("体系设置");
      settings.createRow(0).createCell(0).setCellValue("年度");
      settings.getRow(0).createCell(1).setCellValue(2033);
      settings.createRow(1).createCell(0).setCellValue("单位类别");
      settings.getRow(1).createCell(1).setCellValue("市");
      settings.createRow(2).createCell(0).setCellValue("计分公式");
      settings.getRow(2).createCell(1).setCellValue("加权求和");
      workbook.write(out);
      formula = out.toByteArray();
    }
    ResponseEntity<String> refused = api.upload(OD, "/api/indicator-schemes.xlsx", "file", "formula.xlsx", formula);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("第2行：列 指标名称 是公式，请改为直接填写的数值或文字");
    assertThat(api.json(api.get(OD, "/api/indicator-schemes?year=2033"))).as("nothing written").isEmpty();
  }

  static Map<String, Object> scheme(int year) {
    return Map.of("year", year, "category", "CITY", "formula", "MULTIPLIER",
        "paperWeights", Map.of("DEVELOPMENT", 90, "SATISFACTION", 10),
        "indicators", List.of(
            indicator("D1", "经济发展", "DEVELOPMENT", 60, "US_STAT"),
            Map.of("code", "D2", "name", "生态环境", "paper", "DEVELOPMENT", "fullPoints", 100, "weight", 40,
                "office", "US_STAT", "method", "TARGET", "target", 8),
            indicator("P1", "党建工作", "PARTY_BUILDING", 100, "US_ORG"),
            indicator("S1", "群众满意度", "SATISFACTION", 100, "US_SURVEY"),
            Map.of("code", "B1", "name", "国家级表彰", "kind", "BONUS", "fullPoints", 3, "office", "US_ORG"),
            Map.of("code", "X1", "name", "党风廉政建设", "kind", "VETO", "office", "US_DISC")));
  }

  static Map<String, Object> indicator(String code, String name, String paper, int weight, String office) {
    return Map.of("code", code, "name", name, "paper", paper, "fullPoints", 100, "weight", weight, "office", office);
  }

  static <T> List<T> twice(Callable<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<T>> futures = pool.invokeAll(List.of(call, call));
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  void roster() {
    if (organisation.homeUnitOf(OD).isPresent()) {
      return;
    }
    RestClient admin = new RestClient(template, "admin");
    // the offices that give the indicators' data, each with its user group
    for (String[] office : new String[][] {{"US_STAT", "统计局", "us-stat"}, {"US_ORG", "组织部", "us-org"},
        {"US_SURVEY", "调查中心", "us-survey"}, {"US_DISC", "纪检监察", "us-disc"}}) {
      ResponseEntity<String> registered = admin.post("admin", "/api/offices", Map.of("code", office[0], "name", office[1],
          "groupId", office[2], "askedByDefault", false));
      assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(HttpStatus.CREATED);
    }
    ResponseEntity<String> imported = admin.post("admin", "/api/roster", Map.of(
        "units", List.of(city("us-a", "甲市"), city("us-b", "乙市"), city("us-c", "丙市"),
            RosterRows.unit("us-x", "统计局机关")),
        "cadres", List.of(
            RosterRows.cadre("us-pa", "甲一", "市委书记", "PRINCIPAL", "us-a", "1970-01-01", PASSWORD),
            RosterRows.cadre("us-pb", "乙一", "市委书记", "PRINCIPAL", "us-b", "1971-01-01", PASSWORD),
            RosterRows.cadre("us-pc", "丙一", "市委书记", "PRINCIPAL", "us-c", "1972-01-01", PASSWORD)),
        "staff", List.of(
            RosterRows.staff(OD, "组织部考核处", "us-x", AppraisalGroup.ORG_DEPT.id(), PASSWORD),
            RosterRows.staff("us-cm", "党委委员", "us-x", AppraisalGroup.PARTY_COMMITTEE.id(), PASSWORD),
            RosterRows.staff("us-stat1", "统计员", "us-x", "us-stat", PASSWORD),
            RosterRows.staff("us-org1", "组织员", "us-x", "us-org", PASSWORD),
            RosterRows.staff("us-survey1", "调查员", "us-x", "us-survey", PASSWORD),
            RosterRows.staff("us-disc1", "纪检员", "us-x", "us-disc", PASSWORD))));
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
  }

  private static Map<String, Object> city(String code, String name) {
    return Map.of("code", code, "name", name, "category", "CITY");
  }
}
