package cn.cadre.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.shared.AppraisalGroup;
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
