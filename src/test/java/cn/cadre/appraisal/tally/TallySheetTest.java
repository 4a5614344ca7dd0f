package cn.cadre.appraisal.tally;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.support.RestClient;
import cn.cadre.appraisal.support.RoundDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
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
 * 民主测评汇总表 over the API: the round's spreadsheet for many units at once (bad rows named, nothing
 * written), units submitted together and their appraisals released, a submitted sheet final, two
 * submissions of one sheet at once, the audit, and who may use it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TallySheetTest {

  private static final int YEAR = 2065;

  @Autowired ApplicationContext context;
  @Autowired TestRestTemplate template;
  @Autowired RuntimeService runtime;

  @Test
  void manyUnitsByOneSpreadsheet_submittedTogether_finalAfterwards() throws Exception {
    RoundDriver.Round round = RoundDriver.of(context).year(YEAR).open("ts", 3, 3);
    RestClient api = new RestClient(template, RoundDriver.PASSWORD);
    String od = round.orgDept();
    String tallies = "/api/campaigns/" + round.campaignId() + "/tallies";

    assertThat(api.get(round.teamMember(1), tallies).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.get(round.cadreCode(1, 1), tallies + "/" + round.unitCode(1)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode overview = api.json(api.get(od, tallies));
    assertThat(overview.findValuesAsText("unitCode")).containsExactly(round.unitCode(1), round.unitCode(2), round.unitCode(3));
    assertThat(overview.findValuesAsText("rows")).containsOnly("4");
    assertThat(overview.findValuesAsText("entered")).containsOnly("0");

    // the round's spreadsheet: a row per cadre and per team; units 1 and 2 filled in, with two bad rows
    byte[] xlsx = api.bytes(od, tallies + ".xlsx").getBody();
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).as("3 units × (3 cadres + the team)").isEqualTo(12);
      assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).as("principal first").isEqualTo(round.cadreCode(1, 1));
      assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("TEAM");
      int badSum = -1;
      int notANumber = -1;
      for (Row row : sheet) {
        if (row.getRowNum() == 0 || row.getRowNum() > 8) {
          continue; // header; unit 3 left empty
        }
        boolean team = "TEAM".equals(row.getCell(2).getStringCellValue());
        set(row, 5, "30");
        set(row, 6, team ? "20" : "10");
        set(row, 7, team ? "8" : "18");
        set(row, 8, "2");
        set(row, 9, "0");
        if (!team) {
          set(row, 10, "92.5");
        }
      }
      set(sheet.getRow(2), 7, "17"); // 10 + 17 + 2 = 29 of 30
      badSum = 3;
      set(sheet.getRow(6), 6, "十");
      notANumber = 7;
      ResponseEntity<String> refused = api.upload(od, tallies + ".xlsx", "file", "测评.xlsx", bytes(workbook));
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(api.json(refused).path("errors").toString()).contains("第" + badSum + "行：" + round.cadreName(1, 2)
          + "：四项票数合计 29 与有效票数 30 不符", "第" + notANumber + "行：优秀/好应为整数，不是“十”");
      assertThat(api.json(api.get(od, tallies)).findValuesAsText("entered")).as("nothing written").containsOnly("0");

      set(sheet.getRow(2), 7, "18");
      set(sheet.getRow(6), 6, "10");
      ResponseEntity<String> accepted = api.upload(od, tallies + ".xlsx", "file", "测评.xlsx", bytes(workbook));
      assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
      assertThat(api.json(accepted).path("rows").asInt()).isEqualTo(8);
    }
    JsonNode after = api.json(api.get(od, tallies));
    assertThat(after.findValuesAsText("complete")).containsExactly("true", "true", "false");

    // every complete unit submitted at once: their appraisals go on, the third still waits
    JsonNode submitted = api.json(api.post(od, tallies + "/submit-complete", Map.of()));
    assertThat(submitted.path("submitted").toString()).isEqualTo("[\"" + round.unitCode(1) + "\",\"" + round.unitCode(2) + "\"]");
    assertThat(submitted.path("notSubmitted").toString()).contains("第03单位");
    assertThat(runtime.createExecutionQuery().activityId("MessageEvent_TallySheetSubmitted")
        .processVariableValueEquals("campaignId", round.campaignId()).count()).isEqualTo(1);

    // a submitted sheet is final, by page or by spreadsheet
    ResponseEntity<String> late = api.put(od, tallies + "/" + round.unitCode(1), Map.of("ballots", 30, "rows",
        List.of(Map.of("code", round.cadreCode(1, 1), "first", 30, "second", 0, "third", 0, "fourth", 0, "politicalScore", 99))));
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody()).contains("已于", "提交，不能再修改");
    JsonNode history = api.json(api.get(od, tallies + "/" + round.unitCode(1) + "/history"));
    assertThat(history.findValuesAsText("action")).containsExactly("ENTERED", "ENTERED", "ENTERED", "ENTERED", "SUBMITTED");
    assertThat(history.findValuesAsText("actor")).containsOnly(od);

    // the third unit: two submissions of its complete sheet at once, one is taken
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int k = 1; k <= 3; k++) {
      rows.add(Map.of("code", round.cadreCode(3, k), "first", 5, "second", 20, "third", 5, "fourth", 0, "politicalScore", 88));
    }
    rows.add(Map.of("code", "TEAM", "first", 15, "second", 10, "third", 5, "fourth", 0));
    assertThat(api.put(od, tallies + "/" + round.unitCode(3), Map.of("ballots", 30, "rows", rows)).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CyclicBarrier together = new CyclicBarrier(2);
    try {
      List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        answers.add(pool.submit(() -> {
          together.await();
          return api.post(od, tallies + "/" + round.unitCode(3) + "/submit", Map.of());
        }));
      }
      List<HttpStatus> statuses = new ArrayList<>();
      for (Future<ResponseEntity<String>> answer : answers) {
        statuses.add((HttpStatus) answer.get(60, TimeUnit.SECONDS).getStatusCode());
      }
      assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
    } finally {
      pool.shutdownNow();
    }
    assertThat(runtime.createExecutionQuery().activityId("MessageEvent_TallySheetSubmitted")
        .processVariableValueEquals("campaignId", round.campaignId()).count()).isZero();

    // a round by ballot has no tally sheets
    ResponseEntity<String> ballots = api.post(od, "/api/campaigns", Map.of("year", YEAR + 1, "unitCodes",
        List.of(round.unitCode(1)), "evaluation", "BALLOTS", "appraisalTeams", List.of(Map.of("name", "组",
            "members", List.of(round.teamMemberOfUnit(round.unitCode(1))), "unitCodes", List.of(round.unitCode(1))))));
    assertThat(ballots.getStatusCode()).as(ballots.getBody()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> none = api.get(od, "/api/campaigns/" + api.json(ballots).path("id").asLong() + "/tallies");
    assertThat(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(none.getBody()).contains("采用无记名投票");
  }

  private static void set(Row row, int column, String value) {
    row.createCell(column).setCellValue(value);
  }

  private static byte[] bytes(Workbook workbook) throws java.io.IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }
}
