package cn.cadre.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.support.RestClient;
import cn.cadre.appraisal.support.RosterRows;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** 401, 403 and Spring's own refusals reach users in Chinese, from the filters as from the controllers. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorResponsesTest {

  private static final String PASSWORD = "Err#Resp2026";

  @Autowired TestRestTemplate template;
  @LocalServerPort int port;

  @BeforeAll
  void roster() {
    ResponseEntity<String> imported = new RestClient(template, "admin").post("admin", "/api/roster", Map.of(
        "units", List.of(RosterRows.unit("er-unit", "错误答复测试局")),
        "cadres", List.of(RosterRows.cadre("er-c1", "柯文", "局长", "PRINCIPAL", "er-unit", "1975-03-01", PASSWORD)),
        "staff", List.of(RosterRows.staff("er-audit", "审计员", "er-unit", AppraisalGroup.AUDIT.id(), PASSWORD))));
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void noSignInIs401InChineseOnBothApis() {
    ResponseEntity<String> api = template.getForEntity("/api/offices", String.class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(api.getBody()).contains("\"title\":\"未登录\"", "HTTP Basic");
    assertThat(api.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");

    ResponseEntity<String> pages = template.getForEntity("/app/api/campaigns/1/calibration", String.class);
    assertThat(pages.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(pages.getBody()).contains("\"title\":\"未登录\"", "请刷新页面重新登录");
    assertThat(pages.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as("no browser password dialog").isNull();
  }

  @Test
  void aGroupThatMayNotOpenAnAddressIsTold403InChinese() {
    String session = signIn("er-audit");
    ResponseEntity<String> api = withSession(session, "/app/api/campaigns/1/calibration");
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.getBody()).contains("\"title\":\"无权访问\"", ProblemResponses.FORBIDDEN).doesNotContain("Forbidden");

    ResponseEntity<String> page = withSession(session, "/app/campaigns/1/calibration");
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(page.getBody()).contains("出错了", "此页面只对组织部、党委和系统管理员开放").doesNotContain("Whitelabel");
  }

  @Test
  void springsFallbackErrorsAreInChinese() {
    ResponseEntity<String> method = new RestClient(template, PASSWORD).put("er-c1", "/api/offices", Map.of());
    assertThat(method.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(method.getBody()).contains("不支持的请求方法").doesNotContain("Method Not Allowed");

    ResponseEntity<String> unknown = new RestClient(template, PASSWORD).get("er-c1", "/api/no-such-thing");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).contains("未找到").doesNotContain("Not Found");

    // a browser asking for a page that does not exist gets a Chinese page, not Spring's fallback
    HttpHeaders html = new HttpHeaders();
    html.setAccept(List.of(org.springframework.http.MediaType.TEXT_HTML));
    ResponseEntity<String> page = template.exchange("/ballot/no-such-page", HttpMethod.GET, new HttpEntity<>(html),
        String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(page.getBody()).contains("<h1>未找到</h1>", "没有这个页面：/ballot/no-such-page", "返回首页")
        .doesNotContain("Whitelabel");
  }

  /** A page's refusal is a page in Chinese, not the API's JSON: a missing notice, an address that names nothing. */
  @Test
  void aPagesRefusalIsAChinesePage() {
    String session = signIn("er-c1");
    ResponseEntity<String> notice = withSession(session, "/app/notices/999999.pdf");
    assertThat(notice.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(notice.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(notice.getBody()).contains("出错了", "通知不存在: 999999", "返回考核轮次").doesNotContain("\"title\"");

    ResponseEntity<String> notANumber = withSession(session, "/app/campaigns/abc/units/er-unit/reports");
    assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(notANumber.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(notANumber.getBody()).contains("出错了", "没有这个页面：/app/campaigns/abc/units/er-unit/reports")
        .doesNotContain("Failed to convert");

    ResponseEntity<String> noRound = withSession(session, "/app/campaigns/999999/units/er-unit/reports");
    assertThat(noRound.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(noRound.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(noRound.getBody()).contains("出错了");
  }

  /** Signs in on the application's Chinese sign-in page as a browser would; returns the session cookie. */
  private String signIn(String user) {
    HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/app/login")).GET());
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
    assertThat(csrf.find()).as(form.body()).isTrue();
    String body = "username=" + user + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
        + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/app/login"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie(form))
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(signedIn.headers().firstValue("Location")).as("signed in").hasValueSatisfying(
        location -> assertThat(location).endsWith("/app/"));
    return cookie(signedIn);
  }

  private ResponseEntity<String> withSession(String cookie, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, cookie);
    return template.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String cookie(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
  }
}
