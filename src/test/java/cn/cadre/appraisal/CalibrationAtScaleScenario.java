package cn.cadre.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.cadre.appraisal.support.RestClient;
import cn.cadre.appraisal.support.RoundDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A large round through calibration and approval: 320 cadres in 20 units on MySQL/MariaDB, a
 * smaller one (144 cadres in 12 units, still above the ~100 where rounds used to break) on H2 in
 * the shared suite, whose time matters more than a second proof of the same size. Calibration used to be a text variable that broke rounds
 * above ~100 cadres (varchar 4000); it is now a table in the domain. The unit stages are driven
 * through the engine API ({@link RoundDriver}); calibration and approval are done over HTTP as the
 * organisation department and the party committee: the table filtered, sorted and paged, a round
 * over the 优秀 quota refused then lowered in one request, the spreadsheet downloaded and uploaded
 * (and a bad sheet refused row by row), a send-back of two cadres to their appraisal teams, and
 * approval. No process variable grows with the round.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class CalibrationAtScaleScenario {

  static final Set<String> GRADES = Set.of("优秀", "称职", "基本称职", "不称职", "不确定等次");
  static final int MAX_VARIABLE = 2_000;

  @Autowired ApplicationContext context;
  @Autowired TestRestTemplate template;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  /** The round's size: 320 cadres in 20 units unless a subclass says otherwise. */
  int units() {
    return 20;
  }

  int cadresPerUnit() {
    return 16;
  }

  /** What the size must at least be, so that a subclass cannot shrink the claim unnoticed. */
  int minimumCadres() {
    return 300;
  }

  @Test
  void aLargeRound_isCalibratedAndApproved() throws IOException {
    long started = System.nanoTime();
    long startedCpu = RoundDriver.cpuMs();
    RoundDriver.Round round = RoundDriver.of(context).excellentQuota(0.15).toCalibration("cs", units(), cadresPerUnit());
    assertThat(round.cadres()).isGreaterThanOrEqualTo(minimumCadres());
    assertThat(round.units()).as("every category of unit, several times").isGreaterThanOrEqualTo(12);
    long calibrationStarted = System.nanoTime();
    RestClient api = new RestClient(template, RoundDriver.PASSWORD);
    String od = round.orgDept();
    String pc = round.committee();
    String campaign = "/api/campaigns/" + round.campaignId();
    String table = campaign + "/calibration";

    // the calibration task is there, and nothing on the way became an incident (varchar(4000) did)
    JsonNode state = api.json(api.get(od, campaign));
    assertThat(state.path("status").asText()).isEqualTo("CALIBRATION");
    assertThat(state.path("progress").path("incidents")).as("incidents of the round").isEmpty();
    String calibration = task(api, od, round, "Task_Calibration");

    // the table: every cadre, a page of 100, the comparison groups, grades in Chinese
    JsonNode page = api.json(api.get(od, table + "?size=100"));
    assertThat(page.path("total").asInt()).isEqualTo(round.cadres());
    assertThat(page.path("rows")).hasSize(100);
    assertThat(page.path("groups").findValuesAsText("group")).as("principals by category, deputies by team")
        .hasSize(6 + round.units()).contains("正职 · 市", "正职 · 县（区）", "正职 · 脱贫县", "正职 · 部门", "正职 · 事业单位",
            "正职 · 国有企业");
    int grouped = 0;
    for (JsonNode group : page.path("groups")) {
      grouped += group.path("cadres").asInt();
    }
    assertThat(grouped).isEqualTo(round.cadres());
    for (JsonNode row : page.path("rows")) {
      assertThat(List.of(row.path("grade").asText(), row.path("rulesGrade").asText(), row.path("analysisGrade").asText()))
          .as("grades of %s", row.path("cadreCode").asText()).allMatch(GRADES::contains);
    }
    assertThat(page.toString()).doesNotContain("\"EXCELLENT\"", "\"COMPETENT\"", "\"BASICALLY_COMPETENT\"");

    // the tasks each role got at the unit stages (docs/task-counts.md): lists, not one form per cadre
    Map<String, Long> tasksOf = new java.util.TreeMap<>();
    for (String key : List.of("Task_NegativeList", "Task_EnterTallies")) {
      tasksOf.put(key, history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(round.campaignKey())
          .taskDefinitionKey(key).count());
    }
    for (String key : List.of("Task_SelfReport", "Task_ReviewSelfReports", "Task_Interviews", "Task_TeamSummaryReport",
        "Task_TeamAnalysis", "Task_ComprehensiveAnalysis")) {
      tasksOf.put(key, history.createHistoricTaskInstanceQuery().processInstanceBusinessKeyLike(round.unitKeyPrefix() + "%")
          .taskDefinitionKey(key).count());
    }
    long units = round.units();
    long cadres = round.cadres();
    assertThat(tasksOf).containsExactlyInAnyOrderEntriesOf(Map.of("Task_NegativeList", 3L, "Task_EnterTallies", 1L,
        "Task_SelfReport", cadres, "Task_ReviewSelfReports", units, "Task_Interviews", units,
        "Task_TeamSummaryReport", units, "Task_TeamAnalysis", units, "Task_ComprehensiveAnalysis", cadres));
    System.out.printf("[%s] tasks of the unit stages for %d units, %d cadres: %s%n", round.prefix(), units, cadres, tasksOf);

    // each office returned one list for the whole round, and the rules read its entries cadre by cadre
    List<RoundDriver.Entry> entries = RoundDriver.negativeListEntries(round);
    assertThat(entries.stream().map(RoundDriver.Entry::office).distinct()).hasSize(3);
    JsonNode offices = api.json(api.get(od, campaign + "/negative-lists"));
    assertThat(offices.findValuesAsText("submitted")).containsOnly("true").hasSize(3);
    for (RoundDriver.Entry entry : entries) {
      String unit = entry.cadreCode().substring(0, entry.cadreCode().lastIndexOf("-c"));
      JsonNode row = java.util.stream.StreamSupport.stream(
          api.json(api.get(od, table + "?size=100&unit=" + unit)).path("rows").spliterator(), false)
          .filter(r -> r.path("cadreCode").asText().equals(entry.cadreCode())).findFirst().orElse(null);
      assertThat(row).as("%s in the table", entry.cadreCode()).isNotNull();
      switch (entry.office()) {
        case "PETITIONS" -> assertThat(List.of(row.path("rulesGrade").asText(), row.path("veto").asBoolean()))
            .as("veto item of %s", entry.cadreCode()).containsExactly("不称职", true);
        case "DISCIPLINE" -> assertThat(row.path("rulesReason").asText()).as("grade-affecting item of %s", entry.cadreCode())
            .satisfiesAnyOf(r -> assertThat(r).contains("负面清单"), r -> assertThat(row.path("rulesGrade").asText())
                .isIn("不称职", "基本称职", "不确定等次"));
        default -> assertThat(row.path("rulesGrade").asText()).as("a minor item does not decide %s", entry.cadreCode())
            .isNotEqualTo("不确定等次");
      }
    }
    assertThat(api.json(api.get(od, table + "?size=100&page=" + (round.cadres() - 1) / 100)).path("rows"))
        .hasSize((round.cadres() - 1) % 100 + 1);

    // filters: by category (code or label), by grade; sorted by 优秀 share (highest first)
    JsonNode county = api.json(api.get(od, table + "?category=COUNTY&size=500"));
    assertThat(county.path("total").asInt()).isEqualTo(countUnits(round, 2) * round.cadresPerUnit());
    assertThat(county.path("rows").findValuesAsText("category")).hasSize(county.path("total").asInt())
        .containsOnly("县（区）");
    assertThat(api.json(api.get(od, table + "?category=县（区）&size=1")).path("total").asInt())
        .isEqualTo(county.path("total").asInt());
    JsonNode excellent = api.json(api.get(od, table + "?grade=优秀&sort=excellentShare&size=500"));
    JsonNode quota = page.path("quota");
    int allowed = quota.path("allowed").asInt();
    int excellentCount = quota.path("excellent").asInt();
    System.out.printf("[%s] quota: %d cadres, %s, 优秀 %d of at most %d%n", round.prefix(), round.cadres(),
        quota.path("quota").asText(), excellentCount, allowed);
    assertThat(excellentCount).as("the tallies put 优秀 over the quota").isGreaterThan(allowed);
    assertThat(excellent.path("total").asInt()).isEqualTo(excellentCount);
    assertThat(excellent.path("rows").findValuesAsText("grade")).hasSize(excellentCount).containsOnly("优秀");
    assertThat(shares(excellent)).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    JsonNode ascending = api.json(api.get(od, table + "?sort=excellentShare&desc=true&size=500"));
    assertThat(shares(ascending)).hasSize(round.cadres() > 500 ? 500 : round.cadres()).isSorted();
    assertThat(api.get(od, table + "?sort=nothing").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    // over the quota, calibration cannot be completed
    ResponseEntity<String> refused = api.submit(od, calibration, Map.of());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("超出 " + (excellentCount - allowed) + " 名");

    // org-dept lowers the lowest 优秀 shares in one request, each with its reason
    List<String> lowered = new ArrayList<>();
    List<Map<String, String>> changes = new ArrayList<>();
    JsonNode rows = excellent.path("rows");
    for (int i = rows.size() - 1; lowered.size() < excellentCount - allowed; i--) {
      lowered.add(rows.get(i).path("cadreCode").asText());
      changes.add(Map.of("cadreCode", rows.get(i).path("cadreCode").asText(), "grade", "称职",
          "reason", "同类比较优秀票比例较低，统筹平衡"));
    }
    long t = System.nanoTime();
    ResponseEntity<String> saved = api.post(od, table + "/changes", Map.of("changes", changes));
    assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);
    System.out.printf("[%s] %d grade changes in one request: %,d ms%n", round.prefix(), changes.size(), ms(t));
    assertThat(api.json(saved).path("quota").path("excellent").asInt()).isEqualTo(allowed);
    assertThat(api.json(saved).path("quotaText").asText()).contains("符合比例要求");
    JsonNode changed = api.json(api.get(od, table + "?flag=changed&size=500"));
    assertThat(changed.path("rows").findValuesAsText("cadreCode")).containsExactlyInAnyOrderElementsOf(lowered);
    assertThat(changed.path("rows").findValuesAsText("calibrationReason")).containsOnly("同类比较优秀票比例较低，统筹平衡");

    // the spreadsheet: every cadre under the header; one more change uploaded
    t = System.nanoTime();
    byte[] xlsx = download(api, od, table);
    System.out.printf("[%s] calibration.xlsx (%,d KiB): %,d ms%n", round.prefix(), xlsx.length / 1024, ms(t));
    String extra;
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      Map<String, Integer> columns = header(sheet.getRow(0));
      assertThat(columns.keySet()).startsWith("干部编码").contains("姓名", "单位", "比较组", "校准等次", "调整理由");
      assertThat(sheet.getLastRowNum()).as("one row per cadre").isEqualTo(round.cadres());
      Row row = firstRowGraded(sheet, columns, "优秀");
      extra = text(row, columns.get("干部编码"));
      row.getCell(columns.get("校准等次")).setCellValue("称职");
      row.createCell(columns.get("调整理由")).setCellValue("校准会议研究，调整为称职");
      t = System.nanoTime();
      ResponseEntity<String> uploaded = api.upload(od, table + ".xlsx", "file", "统筹校准表.xlsx", bytes(workbook));
      assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.OK);
      System.out.printf("[%s] calibration.xlsx uploaded: %,d ms%n", round.prefix(), ms(t));
      assertThat(api.json(uploaded).path("changes").asInt()).isEqualTo(1);
      assertThat(api.json(uploaded).path("quota").path("excellent").asInt()).isEqualTo(allowed - 1);
    }
    JsonNode extraRow = api.json(api.get(od, table + "?flag=changed&size=500")).path("rows");
    assertThat(extraRow.findValuesAsText("cadreCode")).hasSize(lowered.size() + 1).contains(extra);

    // a sheet with bad rows is refused, each row named, and nothing is changed
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(api, od, table)))) {
      Sheet sheet = workbook.getSheetAt(0);
      Map<String, Integer> columns = header(sheet.getRow(0));
      Row unknown = firstRowGraded(sheet, columns, "称职");
      unknown.getCell(columns.get("校准等次")).setCellValue("特优");
      Row noReason = null;
      for (int r = sheet.getLastRowNum(); noReason == null; r--) {
        Row candidate = sheet.getRow(r);
        if (text(candidate, columns.get("校准等次")).equals("称职") && candidate != unknown) {
          noReason = candidate;
        }
      }
      noReason.getCell(columns.get("校准等次")).setCellValue("基本称职");
      ResponseEntity<String> bad = api.upload(od, table + ".xlsx", "file", "统筹校准表.xlsx", bytes(workbook));
      assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(bad.getBody()).contains("第" + (unknown.getRowNum() + 1) + "行", "等次不在允许范围内",
          "第" + (noReason.getRowNum() + 1) + "行", "必须填写调整理由");
      JsonNode after = api.json(api.get(od, table + "?flag=changed&size=500"));
      assertThat(after.path("total").asInt()).as("nothing saved from a bad sheet").isEqualTo(lowered.size() + 1);
      assertThat(after.path("quota").path("excellent").asInt()).isEqualTo(allowed - 1);
    }

    // calibration done; the committee's form carries totals, not the round
    api.complete(od, calibration, Map.of("calibrationNote", "按可比原则统筹校准"));
    String approval = task(api, pc, round, "Task_Approval");
    String summary = api.json(api.get(pc, "/engine-rest/task/" + approval + "/form-variables")).path("approvalSummary")
        .path("value").asText();
    System.out.printf("[%s] approvalSummary: %d characters%n%s%n", round.prefix(), summary.length(), summary);
    assertThat(summary.length()).isLessThan(MAX_VARIABLE);
    assertThat(summary).contains("本轮被考核干部 " + round.cadres() + " 名", "优秀 " + (allowed - 1) + " 名",
        "统筹校准调整等次 " + (lowered.size() + 1) + " 名");

    // the committee sends two cadres of different appraisal teams back
    String first = round.cadreCode(1, 2);
    String second = round.cadreCode(2, 3);
    assertThat(round.teamMemberOfUnit(round.unitCode(1))).isNotEqualTo(round.teamMemberOfUnit(round.unitCode(2)));
    assertThat(api.json(api.post(pc, table + "/send-back", Map.of("cadreCodes", List.of(first, second), "sendBack", true)))
        .path("ticked").asInt()).isEqualTo(2);
    api.complete(pc, approval, Map.of("approvalDecision", "sendBack", "approvalReason", "请补充核实群众反映的情况"));
    List<Task> reanalysis = awaitTasks(round, "Task_Reanalysis", 2);
    Map<String, String> candidates = new LinkedHashMap<>();
    for (Task task : reanalysis) {
      List<String> users = tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getUserId).toList();
      candidates.put(task.getName(), String.join(",", users));
    }
    assertThat(candidates).containsOnly(
        Map.entry("重新研判：" + round.cadreName(1, 2) + "（" + unitName(round, 1) + "）", round.teamMemberOfUnit(round.unitCode(1))),
        Map.entry("重新研判：" + round.cadreName(2, 3) + "（" + unitName(round, 2) + "）", round.teamMemberOfUnit(round.unitCode(2))));
    String firstTask = api.task(round.teamMemberOfUnit(round.unitCode(1)), "Task_Reanalysis", round.cadreName(1, 2));
    assertThat(api.taskIds(round.teamMemberOfUnit(round.unitCode(2)))).doesNotContain(firstTask);
    for (Task task : reanalysis) {
      // the team accepts the rules' grade again (engine API, as the system)
      tasks.complete(task.getId(), Map.of("proposedGrade", tasks.getVariable(task.getId(), "proposedGrade"),
          "problems", "已补充核实", "suggestions", ""));
    }

    // calibrated again, approved: the public notice opens
    api.complete(od, task(api, od, round, "Task_Calibration"), Map.of("calibrationNote", "重新研判后复核"));
    api.complete(pc, task(api, pc, round, "Task_Approval"), Map.of("approvalDecision", "approve"));
    await().atMost(Duration.ofSeconds(60)).until(() -> "PUBLIC_NOTICE".equals(api.json(api.get(od, campaign)).path("status").asText()));
    assertThat(api.json(api.get(od, campaign)).path("progress").path("incidents")).isEmpty();
    System.out.printf("[%s] calibration and approval over HTTP: %,d ms%n", round.prefix(), ms(calibrationStarted));

    // no variable of the round's processes grows with the round (each one's last value; earlier values
    // too where history keeps them: appraisal.history.variable-details)
    assertNoLongVariables(round);
    System.out.printf("[%s] whole round, %d cadres in %d units: %,d ms (cpu %,d ms)%n", round.prefix(), round.cadres(),
        round.units(), ms(started), RoundDriver.cpuMs() - startedCpu);
  }

  private static String unitName(RoundDriver.Round round, int unit) {
    return String.format("规模测试第%02d单位（%s）", unit, round.prefix());
  }

  private void assertNoLongVariables(RoundDriver.Round round) {
    long t = System.nanoTime();
    List<String> instances = new ArrayList<>();
    for (HistoricProcessInstance pi : history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKeyLike(round.year() + "-ANNUAL/%").list()) {
      if (pi.getBusinessKey().equals(round.campaignKey()) || pi.getBusinessKey().startsWith(round.unitKeyPrefix())) {
        instances.add(pi.getId());
      }
    }
    assertThat(instances).hasSize(1 + round.units());
    String[] ids = instances.toArray(String[]::new);
    String longest = "-";
    int max = 0;
    int count = 0;
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
        .disableCustomObjectDeserialization().disableBinaryFetching().list()) {
      count++;
      int length = length(v.getTypedValue());
      if (length > max) {
        max = length;
        longest = v.getName();
      }
    }
    int updates = 0;
    for (HistoricDetail d : history.createHistoricDetailQuery().processInstanceIdIn(ids).variableUpdates()
        .disableCustomObjectDeserialization().disableBinaryFetching().list()) {
      updates++;
      int length = length(((HistoricVariableUpdate) d).getTypedValue());
      if (length > max) {
        max = length;
        longest = ((HistoricVariableUpdate) d).getVariableName() + " (an earlier value)";
      }
    }
    System.out.printf("[%s] %,d variables, %,d updates in history: the longest is %s, %,d characters (%,d ms)%n",
        round.prefix(), count, updates, longest, max, ms(t));
    assertThat(count).isGreaterThan(round.cadres());
    assertThat(max).as("longest variable value (%s)", longest).isLessThan(MAX_VARIABLE);
  }

  /** A value's length as stored: a text's characters, an object's serialized (JSON) form. */
  private static int length(TypedValue value) {
    if (value instanceof SerializableValue serializable) {
      return serializable.getValueSerialized() == null ? 0 : serializable.getValueSerialized().length();
    }
    return value != null && value.getValue() instanceof String text ? text.length() : 0;
  }

  /** The round's one task with this key the user may see (the round's own: business key), waiting for it. */
  private static String task(RestClient api, String user, RoundDriver.Round round, String key) {
    String path = "/engine-rest/task?taskDefinitionKey=" + key + "&processInstanceBusinessKey=" + round.campaignKey();
    JsonNode[] found = new JsonNode[1];
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
        .until(() -> (found[0] = api.json(api.get(user, path))).size() == 1);
    return found[0].get(0).path("id").asText();
  }

  private List<Task> awaitTasks(RoundDriver.Round round, String key, int count) {
    List<List<Task>> found = new ArrayList<>(List.of(List.of()));
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
      found.set(0, tasks.createTaskQuery().processInstanceBusinessKey(round.campaignKey()).taskDefinitionKey(key).list());
      return found.get(0).size() == count;
    });
    return found.get(0);
  }

  private static int countUnits(RoundDriver.Round round, int categoryNumber) {
    int n = 0;
    for (int u = 1; u <= round.units(); u++) {
      n += (u - 1) % 6 + 1 == categoryNumber ? 1 : 0;
    }
    return n;
  }

  private static List<Double> shares(JsonNode table) {
    List<Double> shares = new ArrayList<>();
    table.path("rows").forEach(r -> shares.add(r.path("excellentShare").asDouble()));
    return shares;
  }

  private static byte[] download(RestClient api, String user, String table) {
    ResponseEntity<byte[]> response = api.bytes(user, table + ".xlsx");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static Map<String, Integer> header(Row row) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      columns.put(text(row, c), c);
    }
    return columns;
  }

  private static Row firstRowGraded(Sheet sheet, Map<String, Integer> columns, String grade) {
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      if (text(sheet.getRow(r), columns.get("校准等次")).equals(grade)) {
        return sheet.getRow(r);
      }
    }
    throw new AssertionError("no row graded " + grade);
  }

  private static String text(Row row, int column) {
    return row.getCell(column) == null ? "" : new DataFormatter().formatCellValue(row.getCell(column)).strip();
  }

  private static byte[] bytes(Workbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }

  private static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }
}
