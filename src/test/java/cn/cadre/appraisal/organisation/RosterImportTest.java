package cn.cadre.appraisal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * 花名册导入 over HTTP as the organisation department: JSON, CSV and Excel rosters create units with
 * their teams, cadres and staff members who can then log in; importing again changes nothing; a
 * roster with any bad row is refused naming each row, and leaves no trace, not even a user.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RosterImportTest {

  private static final String RARE = "𠀀";

  @Autowired TestRestTemplate rest;
  @Autowired OrganisationService organisation;
  @Autowired UnitRepository units;
  @Autowired CadreRepository cadres;
  @Autowired LeadershipTeamRepository teams;
  @Autowired StaffMemberRepository staff;
  @Autowired RosterImport rosterImport;
  @Autowired TransactionTemplate transaction;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void jsonRosterCreatesUnitsTeamsCadresAndStaff_whoCanThenLogIn() throws Exception {
    // The bureau comes before its parent county: the import orders units by the tree.
    // the administrator may give test accounts a chosen password; everyone else gets a one-time one
    ResponseEntity<String> response = postJson("admin", "admin", """
        {"units": [
           {"code": "rt-j-bureau", "name": "测试%1$s县水利局", "category": "DEPARTMENT", "parentCode": "rt-j-county"},
           {"code": "rt-j-county", "name": "测试%1$s县", "category": "COUNTY", "parentCode": "county"}],
         "cadres": [
           {"code": "rt-j-c1", "name": "王%1$s", "position": "局长", "role": "PRINCIPAL", "unitCode": "rt-j-bureau",
            "userId": "rt-j-c1", "birthDate": "1975-03-01", "initialPassword": "pw-c1"},
           {"code": "rt-j-c2", "name": "李四", "position": "副局长", "role": "DEPUTY", "unitCode": "rt-j-bureau",
            "userId": "rt-j-c2"}],
         "staff": [
           {"userId": "rt-j-team", "name": "考核组 %1$s", "homeUnitCode": "rt-j-county",
            "groups": ["appraisal-team", "audit"], "initialPassword": "pw-team"}]}
        """.formatted(RARE));

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode report = read(response);
    String oneTime = report.path("credentials").get(0).path("oneTimePassword").asText();
    assertThat(report.path("credentials").findValuesAsText("userId")).as("only the user without a chosen password")
        .containsExactly("rt-j-c2");
    ((com.fasterxml.jackson.databind.node.ObjectNode) report).remove("credentials");
    assertThat(report).isEqualTo(json.readTree("""
        {"units": {"created": 2, "updated": 0, "unchanged": 0},
         "cadres": {"created": 2, "updated": 0, "unchanged": 0},
         "staff": {"created": 1, "updated": 0, "unchanged": 0}}"""));

    transaction.executeWithoutResult(status -> {
      Unit bureau = organisation.unit("rt-j-bureau");
      assertThat(bureau.getName()).isEqualTo("测试" + RARE + "县水利局");
      assertThat(bureau.getParent().getCode()).isEqualTo("rt-j-county");
      assertThat(bureau.getParent().getParent().getCode()).isEqualTo("county");
      assertThat(teams.findByUnit(bureau)).get().extracting(LeadershipTeam::getName)
          .isEqualTo("测试" + RARE + "县水利局领导班子");
      assertThat(teams.findByUnit(organisation.unit("rt-j-county"))).isPresent();
    });
    Cadre principal = organisation.cadreByCode("rt-j-c1");
    assertThat(principal.getName()).isEqualTo("王" + RARE);
    assertThat(principal.getRole()).isEqualTo(CadreRole.PRINCIPAL);
    assertThat(principal.getBirthDate()).isEqualTo(LocalDate.of(1975, 3, 1));
    assertThat(organisation.cadreByCode("rt-j-c2").getBirthDate()).isNull();
    assertThat(staff.findByUserId("rt-j-team")).get().extracting(StaffMember::getName).isEqualTo("考核组 " + RARE);

    assertThat(taskList("rt-j-c1", "pw-c1")).isEqualTo(HttpStatus.OK);
    assertThat(taskList("rt-j-c2", oneTime)).as("a one-time password must be replaced first").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskList("rt-j-team", "pw-team")).isEqualTo(HttpStatus.OK);
    assertThat(organisation.homeUnitOf("rt-j-c1")).get().extracting(Unit::getCode).isEqualTo("rt-j-bureau");
    assertThat(organisation.homeUnitOf("rt-j-team")).get().extracting(Unit::getName).isEqualTo("测试" + RARE + "县");
  }

  @Test
  void sameRosterTwiceChangesNothing_aChangedRowIsUpdated_passwordsAreKept() throws Exception {
    String roster = """
        {"units": [{"code": "rt-i-unit", "name": "测试统计局", "category": "DEPARTMENT"}],
         "cadres": [{"code": "rt-i-c1", "name": "赵六", "position": "局长", "role": "PRINCIPAL",
                     "unitCode": "rt-i-unit", "userId": "rt-i-c1", "initialPassword": "first"}],
         "staff": [{"userId": "rt-i-od", "name": "组织部 测试", "homeUnitCode": "rt-i-unit", "groups": "org-dept",
                    "initialPassword": "od-pw"}]}""";
    assertThat(postJson("admin", "admin", roster).getStatusCode()).isEqualTo(HttpStatus.OK);

    // Imported again by the staff member just imported into org-dept: their membership works too (a chosen
    // password is the administrator's to give: without them the re-import leaves every password alone).
    String withoutPasswords = roster.replaceAll(",\\s*\"initialPassword\": \"[^\"]*\"", "");
    assertThat(withoutPasswords).doesNotContain("initialPassword");
    ResponseEntity<String> again = postJson("rt-i-od", "od-pw", withoutPasswords);
    assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(read(again).path("credentials")).isEmpty();
    assertThat(withoutCredentials(read(again))).isEqualTo(json.readTree("""
        {"units": {"created": 0, "updated": 0, "unchanged": 1},
         "cadres": {"created": 0, "updated": 0, "unchanged": 1},
         "staff": {"created": 0, "updated": 0, "unchanged": 1}}"""));
    assertThat(taskList("rt-i-c1", "first")).as("an existing user keeps their password").isEqualTo(HttpStatus.OK);

    ResponseEntity<String> changed = postJson("orgdept", "demo", withoutPasswords.replace("\"局长\"", "\"局长（正处级）\"")
        .replace("\"DEPARTMENT\"", "\"PUBLIC_INSTITUTION\"").replace("组织部 测试", "组织部 干部二科"));
    assertThat(withoutCredentials(read(changed))).isEqualTo(json.readTree("""
        {"units": {"created": 0, "updated": 1, "unchanged": 0},
         "cadres": {"created": 0, "updated": 1, "unchanged": 0},
         "staff": {"created": 0, "updated": 1, "unchanged": 0}}"""));
    assertThat(organisation.cadreByCode("rt-i-c1").getPosition()).isEqualTo("局长（正处级）");
    assertThat(organisation.unit("rt-i-unit").getCategory()).isEqualTo(UnitCategory.PUBLIC_INSTITUTION);
    assertThat(staff.findByUserId("rt-i-od")).get().extracting(StaffMember::getName).isEqualTo("组织部 干部二科");

    // The keys never change: another userId for the same cadre code is refused.
    ResponseEntity<String> rekeyed = postJson("orgdept", "demo", withoutPasswords.replace("\"userId\": \"rt-i-c1\"",
        "\"userId\": \"rt-i-other\""));
    assertThat(read(rekeyed).path("errors")).extracting(JsonNode::asText)
        .containsExactly("cadres 第1行: 干部 'rt-i-c1' 的 userId 是 'rt-i-c1'，不能改为 'rt-i-other'");
  }

  @Test
  void rosterWithBadRowsIsRefusedNamingEachRow_andWritesNothing() throws Exception {
    ResponseEntity<String> response = postJson("orgdept", "demo", """
        {"units": [
           {"code": "rt-b-ok", "name": "完好的单位", "category": "DEPARTMENT"},
           {"code": "rt-b-x", "name": "环一", "category": "DEPARTMENT", "parentCode": "rt-b-y"},
           {"code": "rt-b-y", "name": "环二", "category": "DEPARTMENT", "parentCode": "rt-b-x"},
           {"code": "rt-b-bad", "name": "坏类别", "category": "VILLAGE", "parentCode": "nowhere"},
           {"code": "rt-b-ok", "name": "重复", "category": "DEPARTMENT"}],
         "cadres": [
           {"code": "rt-b-c1", "name": "好干部", "position": "局长", "role": "PRINCIPAL", "unitCode": "rt-b-ok",
            "userId": "rt-b-c1"},
           {"code": "rt-b-c2", "position": "副局长", "role": "BOSS", "unitCode": "xyz", "userId": "rt-b-both",
            "birthDate": "1975/03/01"},
           {"code": "rt-b-c3", "name": "抢用户", "position": "副局长", "role": "DEPUTY", "unitCode": "edu",
            "userId": "c1005"}],
         "staff": [
           {"userId": "rt-b-both", "name": "两头", "homeUnitCode": "rt-b-ok", "groups": ["appraisal-team"]},
           {"userId": "rt-b-s2", "name": "无组", "homeUnitCode": "edu", "groups": ["cadre", "friends"]},
           {"userId": "rt-b-s3", "name": "好人", "homeUnitCode": "rt-b-ok", "groups": ["audit"]}]}""");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode problem = read(response);
    assertThat(problem.path("title").asText()).isEqualTo("花名册有误，未导入任何数据");
    assertThat(problem.path("detail").asText()).contains(
        "units 第2行: parentCode 'rt-b-y' 使单位树成环: rt-b-x → rt-b-y → rt-b-x",
        "units 第3行: parentCode 'rt-b-x' 使单位树成环",
        "units 第4行: category 'VILLAGE' 无效",
        "units 第4行: parentCode 'nowhere' 不存在",
        "units 第5行: code 'rt-b-ok' 重复（已见于 units 第1行）",
        "cadres 第2行: name 不能为空",
        "cadres 第2行: role 'BOSS' 无效，应为 PRINCIPAL、DEPUTY",
        "cadres 第2行: unitCode 'xyz' 不存在",
        "cadres 第2行: birthDate '1975/03/01' 不是日期",
        "cadres 第3行: userId 'c1005' 已属于干部 'c1005'",
        "staff 第1行: userId 'rt-b-both' 同时出现在干部名单（cadres 第2行）",
        "staff 第2行: groups 中的 'cadre' 无效",
        "staff 第2行: groups 中的 'friends' 无效");
    assertThat(problem.path("errors")).hasSize(13);
    assertThat(problem.path("detail").asText()).doesNotContain("rt-b-c1", "rt-b-s3");

    assertThat(units.findByCode("rt-b-ok")).isEmpty();
    assertThat(cadres.findByCode("rt-b-c1")).isEmpty();
    assertThat(staff.findByUserId("rt-b-s3")).isEmpty();
    assertThat(taskList("rt-b-c1", "changeme")).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void userDirectoryWritesJoinTheImportTransaction() {
    Roster roster = RosterReader.fromJson(jsonOf("""
        {"units": [{"code": "rt-t-unit", "name": "回滚局", "category": "DEPARTMENT"}],
         "cadres": [{"code": "rt-t-c1", "name": "回滚", "position": "局长", "role": "PRINCIPAL",
                     "unitCode": "rt-t-unit", "userId": "rt-t-c1"}],
         "staff": [{"userId": "rt-t-s1", "name": "回滚员", "homeUnitCode": "rt-t-unit", "groups": "audit"}]}"""));

    transaction.executeWithoutResult(status -> {
      assertThat(rosterImport.importRoster(roster).cadres().created()).isEqualTo(1);
      status.setRollbackOnly(); // as if something failed after the users were written
    });

    assertThat(units.findByCode("rt-t-unit")).isEmpty();
    assertThat(taskList("rt-t-c1", "changeme")).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(taskList("rt-t-s1", "changeme")).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Autowired org.camunda.bpm.engine.IdentityService camundaIdentity;

  @Test
  void csvRoster_withBomAndRowNumbersAsInTheSpreadsheet() throws Exception {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("units", file("units.csv", "\uFEFFcode,name,category,parentCode\n"
        + "rt-csv-unit,\"测试" + RARE + "审计局\",DEPARTMENT,county\n"));
    parts.add("cadres", file("cadres.csv", "code,name,position,role,unitCode,userId,birthDate,email\n"
        + "rt-csv-c1,钱" + RARE + ",局长,PRINCIPAL,rt-csv-unit,rt-csv-c1,1980-01-02,qian@example.gov.cn\n"));
    parts.add("staff", file("staff.csv", "userId,name,homeUnitCode,groups\n"
        + "rt-csv-s1,孙七,rt-csv-unit,\"discipline、petitions\"\n"));

    ResponseEntity<String> response = postMultipart(parts);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(read(response).path("cadres").path("created").asInt()).isEqualTo(1);
    assertThat(organisation.unit("rt-csv-unit").getName()).isEqualTo("测试" + RARE + "审计局");
    assertThat(organisation.cadreByCode("rt-csv-c1").getName()).isEqualTo("钱" + RARE);
    assertThat(camundaIdentity.createUserQuery().userId("rt-csv-c1").singleResult().getEmail()).isEqualTo("qian@example.gov.cn");
    assertThat(organisation.homeUnitOf("rt-csv-s1")).get().extracting(Unit::getCode).isEqualTo("rt-csv-unit");
    String csvOneTime = read(response).path("credentials").findValuesAsText("oneTimePassword").get(1);
    assertThat(read(response).path("credentials").findValuesAsText("userId")).containsExactly("rt-csv-c1", "rt-csv-s1");
    assertThat(taskList("rt-csv-s1", csvOneTime)).as("signs in, but must set a password first").isEqualTo(HttpStatus.FORBIDDEN);

    MultiValueMap<String, Object> bad = new LinkedMultiValueMap<>();
    bad.add("cadres", file("cadres.csv", "code,name,position,role,unitCode,userId,nickname\n"
        + "rt-csv-c2,周八,副局长,DEPUTY,rt-csv-unit,rt-csv-c2,\n"
        + "\n"
        + "rt-csv-c3,吴九,副局长,DEPUTY,xyz,rt-csv-c3,\n"));
    JsonNode problem = read(postMultipart(bad));
    assertThat(problem.path("errors")).extracting(JsonNode::asText).containsExactly(
        "cadres 第1行: 未知列 'nickname'，应为 code、name、position、role、unitCode、userId、birthDate、email、initialPassword",
        "cadres 第4行: unitCode 'xyz' 不存在");
    assertThat(cadres.findByCode("rt-csv-c2")).isEmpty();

    MultiValueMap<String, Object> gbk = new LinkedMultiValueMap<>();
    gbk.add("units", new NamedBytes("units.csv", "code,name,category\nrt-csv-gbk,测试局,DEPARTMENT\n"
        .getBytes(java.nio.charset.Charset.forName("GBK"))));
    assertThat(read(postMultipart(gbk)).path("detail").asText()).contains("不是 UTF-8 编码");
  }

  @Test
  void excelRosterWithChineseSheetNamesAndDateCells() throws Exception {
    byte[] xlsx = workbook(List.of(
        new String[] {"code", "name", "category", "parentCode"},
        new String[] {"rt-x-unit", "测试" + RARE + "农业局", "DEPARTMENT", "county"}), List.of(
        new String[] {"code", "name", "position", "role", "unitCode", "userId", "birthDate"},
        new String[] {"rt-x-c1", "郑" + RARE, "局长", "PRINCIPAL", "rt-x-unit", "rt-x-c1", "1979-11-30"}), List.of(
        new String[] {"userId", "name", "homeUnitCode", "groups", "email"},
        new String[] {"rt-x-s1", "冯十", "rt-x-unit", "appraisal-team, party-committee", "feng.shi@example.gov.cn"}));

    ResponseEntity<String> response = postMultipart(excelPart(xlsx));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    Cadre cadre = organisation.cadreByCode("rt-x-c1");
    assertThat(cadre.getName()).isEqualTo("郑" + RARE);
    assertThat(cadre.getBirthDate()).isEqualTo(LocalDate.of(1979, 11, 30));
    assertThat(organisation.homeUnitOf("rt-x-s1")).get().extracting(Unit::getName).isEqualTo("测试" + RARE + "农业局");
    assertThat(camundaIdentity.createUserQuery().userId("rt-x-s1").singleResult().getEmail()).isEqualTo("feng.shi@example.gov.cn");
    JsonNode credentials = read(response).path("credentials");
    assertThat(credentials.findValuesAsText("userId")).containsExactly("rt-x-c1", "rt-x-s1");
    assertThat(taskList("rt-x-s1", credentials.get(1).path("oneTimePassword").asText())).isEqualTo(HttpStatus.FORBIDDEN);

    byte[] bad = workbook(List.of(), List.of(
        new String[] {"code", "name", "position", "role", "unitCode", "userId"},
        new String[] {"rt-x-c2", "卫十一", "副局长", "DEPUTY", "rt-x-unit", "rt-x-c2"},
        new String[] {"rt-x-c3", "蒋十二", "副局长", "DEPUTY", "rt-x-unit", "bad user"}), List.of(
        new String[] {"userId", "name", "homeUnitCode", "groups", "email", "officeHead"},
        new String[] {"rt-x-s2", "沈十三", "rt-x-unit", "appraisal-team", "shen@@example", "否"},
        new String[] {"rt-x-s3", "韩十四", "rt-x-unit", "discipline", "", "也许"}));
    assertThat(read(postMultipart(excelPart(bad))).path("errors")).extracting(JsonNode::asText)
        .containsExactly("干部 第3行: userId 'bad user' 只能包含字母、数字和 _ . -",
            "工作人员 第2行: email 不是有效的电子邮箱地址: 'shen@@example'（例如 zhangsan@example.gov.cn）",
            "工作人员 第3行: officeHead 只能填“是”或“否”: '也许'");
    assertThat(cadres.findByCode("rt-x-c2")).isEmpty();

    MultiValueMap<String, Object> notExcel = new LinkedMultiValueMap<>();
    notExcel.add("file", new NamedBytes("roster.xlsx", "code,name".getBytes(StandardCharsets.UTF_8)));
    assertThat(read(postMultipart(notExcel)).path("detail").asText()).startsWith("无法读取 Excel 文件");
  }

  @Test
  void onlyTheOrganisationDepartmentMayImport() {
    String roster = """
        {"units": [{"code": "rt-f-unit", "name": "越权局", "category": "DEPARTMENT"}]}""";
    assertThat(postJson("team1", "demo", roster).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postJson("c1001", "demo", roster).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(units.findByCode("rt-f-unit")).isEmpty();
  }

  @Test
  void everyUserHasAHomeUnit() {
    assertThat(organisation.homeUnitOf("c1005")).get().extracting(Unit::getCode).isEqualTo("edu");
    assertThat(organisation.homeUnitOf("team1")).get().extracting(Unit::getCode).isEqualTo("fin");
    assertThat(organisation.homeUnitOf("team2")).get().extracting(Unit::getCode).isEqualTo("edu");
    assertThat(organisation.homeUnitOf("orgdept")).get().extracting(Unit::getName).isEqualTo("示范县");
    assertThat(organisation.homeUnitOf("admin")).isEmpty();
    assertThatThrownBy(() -> organisation.registerStaff("c1001", "重复", "edu", List.of(), "x"))
        .isInstanceOf(cn.cadre.appraisal.shared.InvalidInputException.class);
  }

  private HttpStatusCode taskList(String userId, String password) {
    return rest.withBasicAuth(userId, password).getForEntity("/engine-rest/task", String.class).getStatusCode();
  }

  private ResponseEntity<String> postJson(String userId, String password, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(userId, password)
        .exchange("/api/roster", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> postMultipart(MultiValueMap<String, Object> parts) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth("orgdept", "demo")
        .exchange("/api/roster", HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
  }

  private JsonNode read(ResponseEntity<String> response) throws IOException {
    return json.readTree(response.getBody());
  }

  private JsonNode jsonOf(String text) {
    try {
      return json.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static NamedBytes file(String name, String text) {
    return new NamedBytes(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static MultiValueMap<String, Object> excelPart(byte[] xlsx) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new NamedBytes("花名册.xlsx", xlsx));
    return parts;
  }

  /** Sheets 单位, 干部, 工作人员 (an empty list: no such sheet); birthDate as a real date cell. */
  private static byte[] workbook(List<String[]> unitRows, List<String[]> cadreRows, List<String[]> staffRows)
      throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy年m月d日"));
      workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("本表供测试使用");
      String[] names = {"单位", "干部", "工作人员"};
      List<List<String[]>> tables = List.of(unitRows, cadreRows, staffRows);
      for (int t = 0; t < names.length; t++) {
        if (tables.get(t).isEmpty()) {
          continue;
        }
        Sheet sheet = workbook.createSheet(names[t]);
        String[] header = tables.get(t).get(0);
        for (int r = 0; r < tables.get(t).size(); r++) {
          Row row = sheet.createRow(r);
          for (int c = 0; c < header.length; c++) {
            String value = tables.get(t).get(r)[c];
            if (r > 0 && header[c].equals("birthDate")) {
              row.createCell(c).setCellValue(LocalDate.parse(value));
              row.getCell(c).setCellStyle(date);
            } else {
              row.createCell(c).setCellValue(value);
            }
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /** A multipart file part: Spring sends a resource as a file only when it has a file name. */
  private static final class NamedBytes extends ByteArrayResource {
    private final String filename;

    NamedBytes(String filename, byte[] bytes) {
      super(bytes);
      this.filename = filename;
    }

    @Override
    public String getFilename() {
      return filename;
    }
  }

  private static JsonNode withoutCredentials(JsonNode report) {
    ((com.fasterxml.jackson.databind.node.ObjectNode) report).remove("credentials");
    return report;
  }
}
