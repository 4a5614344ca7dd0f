package cn.cadre.appraisal.ballot;

import cn.cadre.appraisal.support.RosterRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.support.RestClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * 纸质选票导入 over HTTP: .xlsx sheets built in memory, uploaded by the organisation department into
 * a round that votes by ballot; counts checked against values computed by hand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PaperBallotImportTest {

  static final String PASSWORD = "pb-s3cret";
  static final int YEAR = 2042;
  static final List<Object> HEADER = List.of("选票编号", "干部编码", "总体评价", "德", "能", "勤", "绩", "廉", "政治素质", "班子评价");

  /** One round for the class: pb-a takes the good and bad files, pb-b is closed. */
  static Long campaignId;

  @Autowired TestRestTemplate template;
  @Autowired OrganisationService organisation;
  RestClient api;

  @BeforeEach
  void roundOfOwnUnits() {
    api = new RestClient(template, PASSWORD);
    if (campaignId != null) {
      return;
    }
    if (organisation.homeUnitOf("pb-od").isEmpty()) {
      ResponseEntity<String> imported = new RestClient(template, "admin").post("admin", "/api/roster", Map.of(
          "units", List.of(unit("pb-home", "纸票县委组织部"), unit("pb-a", "纸票县甲局"), unit("pb-b", "纸票县乙局")),
          "cadres", List.of(
              cadre("pb-a1", "甲一", "局长", "PRINCIPAL", "pb-a"),
              cadre("pb-a2", "甲二", "副局长", "DEPUTY", "pb-a"),
              cadre("pb-b1", "乙一", "局长", "PRINCIPAL", "pb-b")),
          "staff", List.of(
              Map.of("userId", "pb-od", "name", "纸票组织部", "homeUnitCode", "pb-home", "groups", List.of("org-dept"),
                  "initialPassword", PASSWORD),
              Map.of("userId", "pb-tm", "name", "纸票考核组", "homeUnitCode", "pb-home",
                  "groups", List.of("appraisal-team"), "initialPassword", PASSWORD))));
      assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
    }
    ResponseEntity<String> created = api.post("pb-od", "/api/campaigns", Map.of("year", YEAR, "kind", "ANNUAL",
        "unitCodes", List.of("pb-a", "pb-b"), "evaluation", "BALLOTS", "appraisalTeams",
        List.of(Map.of("name", "纸票考核组", "members", List.of("pb-tm"), "unitCodes", List.of("pb-a", "pb-b")))));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    campaignId = api.json(created).path("id").asLong();
    api.awaitRoundStarted("pb-od", campaignId);
  }

  @Test
  void goodFile_isRecorded_andCountedAsComputedByHand() throws IOException {
    byte[] xlsx = workbook(
        HEADER,
        List.of("1", "pb-a1", "优秀", 90, 85, 80, 88, 92, 95, ""),
        List.of("1", "pb-a2", "称职", 70, 75, 80, 65, 90, 80, ""),
        List.of("1", "", "", "", "", "", "", "", "", "好"), // the team's rating on a row of its own
        List.of(), // a blank row is skipped
        List.of("2", "pb-a1", "EXCELLENT", 80, 85, 90, 78, 88, 91, "较好"),
        List.of("2", "pb-a2", "基本称职", 60, 62, 64, 66, 68, 70, ""),
        List.of("3", "pb-a2", "不称职", 0, 10, 20, 30, 40, 0, ""),
        List.of("3", "pb-a1", "称职", 100, 70, 70, 70, 70, 90, "GOOD"));

    ResponseEntity<String> uploaded = upload("pb-od", "pb-a", xlsx, "纸质选票.xlsx");

    assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode result = api.json(uploaded);
    assertThat(result.path("unitCode").asText()).isEqualTo("pb-a");
    assertThat(result.path("ballots").asInt()).isEqualTo(3);
    assertThat(result.path("ratings").asInt()).isEqualTo(6);

    JsonNode count = count("pb-a");
    assertThat(count.path("ballots").asLong()).isEqualTo(3);
    assertThat(count.path("closed").asBoolean()).isFalse();
    assertThat(count.path("team").path("GOOD").asLong()).isEqualTo(2);
    assertThat(count.path("team").path("FAIRLY_GOOD").asLong()).isEqualTo(1);
    assertThat(count.path("team").path("AVERAGE").asLong()).isZero();
    assertThat(count.path("team").path("POOR").asLong()).isZero();

    JsonNode a1 = cadre(count, "pb-a1");
    assertThat(a1.path("ballots").asLong()).isEqualTo(3);
    assertThat(List.of(a1.path("excellent").asLong(), a1.path("competent").asLong(), a1.path("basic").asLong(),
        a1.path("incompetent").asLong())).containsExactly(2L, 1L, 0L, 0L);
    assertThat(a1.path("excellentShare").asDouble()).isEqualTo(0.6667); // 2/3
    assertThat(a1.path("incompetentShare").asDouble()).isEqualTo(0.0);
    assertThat(a1.path("de").asDouble()).isEqualTo(90.0);       // (90+80+100)/3
    assertThat(a1.path("neng").asDouble()).isEqualTo(80.0);     // (85+85+70)/3
    assertThat(a1.path("qin").asDouble()).isEqualTo(80.0);      // (80+90+70)/3
    assertThat(a1.path("ji").asDouble()).isEqualTo(78.67);      // (88+78+70)/3 = 78.666…
    assertThat(a1.path("lian").asDouble()).isEqualTo(83.33);    // (92+88+70)/3 = 83.333…
    assertThat(a1.path("political").asDouble()).isEqualTo(92.0); // (95+91+90)/3

    JsonNode a2 = cadre(count, "pb-a2");
    assertThat(a2.path("ballots").asLong()).isEqualTo(3);
    assertThat(List.of(a2.path("excellent").asLong(), a2.path("competent").asLong(), a2.path("basic").asLong(),
        a2.path("incompetent").asLong())).containsExactly(0L, 1L, 1L, 1L);
    assertThat(a2.path("excellentShare").asDouble()).isEqualTo(0.0);
    assertThat(a2.path("incompetentShare").asDouble()).isEqualTo(0.3333); // 1/3
    assertThat(a2.path("de").asDouble()).isEqualTo(43.33);      // (70+60+0)/3 = 43.333…
    assertThat(a2.path("neng").asDouble()).isEqualTo(49.0);     // (75+62+10)/3
    assertThat(a2.path("qin").asDouble()).isEqualTo(54.67);     // (80+64+20)/3 = 54.666…
    assertThat(a2.path("ji").asDouble()).isEqualTo(53.67);      // (65+66+30)/3 = 53.666…
    assertThat(a2.path("lian").asDouble()).isEqualTo(66.0);     // (90+68+40)/3
    assertThat(a2.path("political").asDouble()).isEqualTo(50.0); // (80+70+0)/3
  }

  @Test
  void badRows_areNamedByRowNumber_andNothingIsWritten() throws IOException {
    long before = count("pb-a").path("ballots").asLong();
    byte[] xlsx = workbook(
        HEADER,                                                              // row 1
        List.of("B1", "pb-a1", "优秀", 90, 90, 90, 90, 90, 90, "好"),        // row 2: ballot B1 is complete and valid
        List.of("B1", "pb-a2", "称职", 80, 80, 80, 80, 80, 80, ""),          // row 3
        List.of("B2", "pb-a1", "称职", 80, 80, 80, 80, 80, 80, "一般"),      // row 4
        List.of("B2", "pb-zz", "称职", 80, 80, 80, 80, 80, 80, ""),          // row 5: unknown cadre
        List.of("B2", "pb-a2", "称职", 80, 80, 80, 80, 80, 80, ""),          // row 6
        List.of("B3", "pb-a1", "称职", 101, 80, 80, 80, 80, 80, "较好"),     // row 7: 德 101
        List.of("B3", "pb-a2", "称职", 80, 80, 80, 80, 80, 80, ""),          // row 8
        List.of("B4", "pb-a1", "优秀", 80, 80, 80, 80, 80, 80, "差"));       // row 9: B4 does not rate pb-a2

    ResponseEntity<String> uploaded = upload("pb-od", "pb-a", xlsx, "纸质选票.xlsx");

    assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode problem = api.json(uploaded);
    String detail = problem.path("detail").asText();
    assertThat(detail).contains("第5行: 干部编码 pb-zz", "第7行: 德评分必须是0到100之间的整数: 101",
        "第9行: 选票 B4 缺少对 甲二（pb-a2） 的评价");
    assertThat(detail).doesNotContain("第2行", "第3行", "第4行", "第6行", "第8行");
    assertThat(problem.path("errors")).hasSize(3);
    assertThat(count("pb-a").path("ballots").asLong()).as("nothing written").isEqualTo(before);
  }

  @Test
  void aFileThatIsNotXlsx_is400() {
    ResponseEntity<String> uploaded = upload("pb-od", "pb-a", "选票编号,干部编码\n1,pb-a1\n".getBytes(StandardCharsets.UTF_8),
        "ballots.xlsx");
    assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(api.json(uploaded).path("detail").asText()).contains("无法读取 Excel 文件");
  }

  @Test
  void onlyTheOrganisationDepartmentUploads() throws IOException {
    byte[] xlsx = workbook(HEADER, List.of("1", "pb-b1", "优秀", 90, 90, 90, 90, 90, 90, "好"));
    assertThat(upload("pb-tm", "pb-b", xlsx, "纸质选票.xlsx").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(upload("pb-a1", "pb-b", xlsx, "纸质选票.xlsx").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void afterTheWindowIsClosed_uploadsAre409() throws IOException {
    byte[] xlsx = workbook(HEADER, List.of("1", "pb-b1", "优秀", 90, 90, 90, 90, 90, 90, "好"));
    // a window without ballots is not closed: the paper ballot comes first
    ResponseEntity<String> first = upload("pb-od", "pb-b", xlsx, "纸质选票.xlsx");
    assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.CREATED);

    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
        api.post("pb-od", "/api/campaigns/" + campaignId + "/evaluation/close", Map.of("unitCode", "pb-b"))
            .getStatusCode() == HttpStatus.ACCEPTED);
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
        .until(() -> count("pb-b").path("closed").asBoolean());

    ResponseEntity<String> late = upload("pb-od", "pb-b", xlsx, "纸质选票.xlsx");
    assertThat(late.getStatusCode()).as(late.getBody()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(api.json(late).path("detail").asText()).contains("民主测评已结束");
    assertThat(count("pb-b").path("ballots").asLong()).isEqualTo(1);
  }

  // ---- helpers ----------------------------------------------------------------------------

  private ResponseEntity<String> upload(String user, String unit, byte[] content, String filename) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return filename;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return template.withBasicAuth(user, PASSWORD).postForEntity(
        "/api/campaigns/" + campaignId + "/paper-ballots?unit=" + unit, new HttpEntity<>(parts, headers), String.class);
  }

  private JsonNode count(String unit) {
    ResponseEntity<String> response = api.get("pb-od", "/api/campaigns/" + campaignId + "/evaluation?unit=" + unit);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return api.json(response);
  }

  private static JsonNode cadre(JsonNode count, String code) {
    for (JsonNode cadre : count.path("cadres")) {
      if (cadre.path("cadreCode").asText().equals(code)) {
        return cadre;
      }
    }
    throw new AssertionError("no count for " + code + ": " + count);
  }

  /** A workbook whose first sheet has these rows from row 1; numbers become numeric cells. */
  private static byte[] workbook(List<?>... rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("纸质选票");
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        List<?> cells = new ArrayList<>(rows[r]);
        for (int c = 0; c < cells.size(); c++) {
          Object value = cells.get(c);
          if (value instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (!"".equals(value)) {
            row.createCell(c).setCellValue(String.valueOf(value));
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static Map<String, Object> unit(String code, String name) {
    return RosterRows.unit(code, name);
  }

  private static Map<String, Object> cadre(String code, String name, String position, String role, String unit) {
    return RosterRows.cadre(code, name, position, role, unit, "1975-03-01", PASSWORD);
  }
}
