package cn.cadre.appraisal.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.support.RestClient;
import cn.cadre.appraisal.support.TasklistLogin;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Accounts over HTTP: a roster import hands out distinct one-time passwords (JSON, spreadsheet or
 * slips), once; a re-import leaves passwords alone; a one-time password opens nothing but the password
 * change (API, /engine-rest, Tasklist's login); the policy is explained in Chinese; resets and the
 * sign-in record.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccountTest {

  private static final String OD = "acc-od";
  private static final String OD_PASSWORD = "Od-chosen-2026";

  @Autowired TestRestTemplate template;

  @Test
  void oneTimePasswordsAreHandedOutOnce_andOpenNothingButTheirReplacement() throws Exception {
    RestClient admin = new RestClient(template, "admin");
    ResponseEntity<String> setup = admin.post("admin", "/api/roster", Map.of(
        "units", List.of(Map.of("code", "acc-u", "name", "账户测试局", "category", "DEPARTMENT")),
        "staff", List.of(Map.of("userId", OD, "name", "账户测试组织部", "homeUnitCode", "acc-u", "groups", List.of("org-dept"),
            "initialPassword", OD_PASSWORD))));
    assertThat(setup.getStatusCode()).as(setup.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(admin.json(setup).path("credentials")).as("a chosen password is not handed out").isEmpty();
    RestClient od = new RestClient(template, OD_PASSWORD);

    // org-dept imports two cadres: each gets its own one-time password, answered once
    Map<String, Object> roster = Map.of("cadres", List.of(cadre("acc-c1", "账户甲", "PRINCIPAL"), cadre("acc-c2", "账户乙", "DEPUTY")));
    ResponseEntity<String> imported = od.post(OD, "/api/roster", roster);
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode credentials = od.json(imported).path("credentials");
    assertThat(credentials.findValuesAsText("userId")).containsExactly("acc-c1", "acc-c2");
    List<String> passwords = credentials.findValuesAsText("oneTimePassword");
    assertThat(passwords).doesNotHaveDuplicates().allSatisfy(p -> assertThat(p).hasSize(12)
        .containsPattern("[A-Z]").containsPattern("[a-z]").containsPattern("[2-9]").containsPattern("[#%+=?@]"));
    String c1 = passwords.get(0);
    ResponseEntity<String> chosen = od.post(OD, "/api/roster", Map.of("cadres", List.of(Map.of("code", "acc-c9", "name", "自选",
        "position", "副局长", "role", "DEPUTY", "unitCode", "acc-u", "userId", "acc-c9", "initialPassword", "Chosen-pw-1"))));
    assertThat(chosen.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(chosen.getBody()).contains("initialPassword 只能由系统管理员指定");

    // a re-import changes nobody's password
    ResponseEntity<String> again = od.post(OD, "/api/roster", roster);
    assertThat(od.json(again).path("credentials")).isEmpty();
    assertThat(od.json(again).path("cadres").path("unchanged").asInt()).isEqualTo(2);

    // the one-time password opens nothing but the password change
    RestClient oneTime = new RestClient(template, c1);
    ResponseEntity<String> api = oneTime.get("acc-c1", "/api/notices?cadre=acc-c1");
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.getBody()).contains("首次登录须先设置自己的密码", "/app/password");
    assertThat(oneTime.get("acc-c1", "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> tasklist = tasklistLogin("acc-c1", c1);
    assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasklist.getBody()).contains("首次登录须先设置自己的密码");

    // the policy, in Chinese
    String change = "/api/account/password";
    ResponseEntity<String> weak = oneTime.post("acc-c1", change, Map.of("currentPassword", c1, "newPassword", "abc"));
    assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(weak.getBody()).contains("至少 10 个字符", "至少 1 个大写字母", "至少 1 个数字", "至少 1 个特殊字符");
    assertThat(oneTime.post("acc-c1", change, Map.of("currentPassword", c1, "newPassword", "Acc-c1-secret9")).getBody())
        .contains("不能包含用户名或姓名");
    ResponseEntity<String> wrongCurrent = oneTime.post("acc-c1", change,
        Map.of("currentPassword", "Nope-12345!", "newPassword", "Strong#Pass2026"));
    assertThat(wrongCurrent.getBody()).as("a wrong current password").contains("当前密码不正确");
    Thread.sleep(2500); // Camunda locks a user for a moment after a wrong password
    assertThat(oneTime.post("acc-c1", change, Map.of("currentPassword", c1, "newPassword", "Strong#Pass2026"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // the user's own password from now on; the one-time one is gone
    RestClient own = new RestClient(template, "Strong#Pass2026");
    assertThat(own.get("acc-c1", "/api/notices?cadre=acc-c1").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(own.get("acc-c1", "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> signedIn = tasklistLogin("acc-c1", "Strong#Pass2026");
    assertThat(signedIn.getStatusCode()).as(signedIn.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(own.post("acc-c1", "/api/accounts/acc-c2/password-reset", Map.of()).getStatusCode())
        .as("a cadre resets nobody").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(oneTime.get("acc-c1", "/api/notices?cadre=acc-c1").getStatusCode()).as("the one-time password is gone")
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    // a reset: a new one-time password for acc-c2, audited; org-dept cannot reset an administrator
    ResponseEntity<String> reset = od.post(OD, "/api/accounts/acc-c2/password-reset", Map.of());
    assertThat(reset.getStatusCode()).as(reset.getBody()).isEqualTo(HttpStatus.OK);
    String renewed = od.json(reset).path("oneTimePassword").asText();
    assertThat(renewed).hasSize(12).isNotEqualTo(passwords.get(1));
    assertThat(new RestClient(template, renewed).get("acc-c2", "/api/notices?cadre=acc-c2").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(new RestClient(template, passwords.get(1)).get("acc-c2", "/api/notices?cadre=acc-c2").getStatusCode())
        .as("the old one-time password").isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(od.post(OD, "/api/accounts/admin/password-reset", Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // a wrong password at Tasklist's login is a wrong password, whether or not the account is one-time
    Thread.sleep(2500);
    assertThat(tasklistLogin("acc-c2", "wrong-Pass-1").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    // the sign-in record, for administrators
    JsonNode events = admin.json(admin.get("admin", "/api/accounts/sign-ins?user=acc-c1"));
    assertThat(events.findValuesAsText("kind")).contains("REFUSED_ONE_TIME_PASSWORD", "FAILED", "PASSWORD_CHANGED",
        "SIGNED_IN");
    assertThat(events.findValuesAsText("channel")).contains("tasklist", "api");
    assertThat(admin.json(admin.get("admin", "/api/accounts/sign-ins?user=acc-c2")).findValuesAsText("detail"))
        .anyMatch(d -> d.contains("由 " + OD + " 重置"));
    assertThat(od.get(OD, "/api/accounts/sign-ins").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // the passwords as a spreadsheet or as slips, asked for with Accept
    HttpHeaders xlsx = new HttpHeaders();
    xlsx.setContentType(MediaType.APPLICATION_JSON);
    xlsx.setAccept(List.of(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")));
    ResponseEntity<byte[]> sheet = template.withBasicAuth(OD, OD_PASSWORD).exchange("/api/roster", HttpMethod.POST,
        new HttpEntity<>(Map.of("cadres", List.of(cadre("acc-c3", "账户丙", "DEPUTY"))), xlsx), byte[].class);
    assertThat(sheet.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet.getBody()))) {
      Sheet s = workbook.getSheetAt(0);
      assertThat(s.getRow(0).getCell(2).getStringCellValue()).isEqualTo("一次性密码");
      assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("acc-c3");
      assertThat(s.getRow(1).getCell(2).getStringCellValue()).hasSize(12);
    }
    HttpHeaders html = new HttpHeaders();
    html.setContentType(MediaType.APPLICATION_JSON);
    html.setAccept(List.of(MediaType.TEXT_HTML));
    ResponseEntity<String> slips = template.withBasicAuth(OD, OD_PASSWORD).exchange("/api/roster", HttpMethod.POST,
        new HttpEntity<>(Map.of("cadres", List.of(cadre("acc-c4", "账户丁", "DEPUTY"))), html), String.class);
    assertThat(slips.getBody()).contains("干部考核系统账户通知单", "acc-c4", "账户丁 同志", "一次性密码");
  }

  private ResponseEntity<String> tasklistLogin(String user, String password) {
    return TasklistLogin.post(template, user, password);
  }


  private static Map<String, Object> cadre(String code, String name, String role) {
    return Map.of("code", code, "name", name, "position", role.equals("PRINCIPAL") ? "局长" : "副局长", "role", role,
        "unitCode", "acc-u", "userId", code);
  }
}
