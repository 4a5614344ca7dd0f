package cn.cadre.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.support.Chromium;
import cn.cadre.appraisal.support.RestClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * An evaluator fills the 民主测评 ballot page (/ballot) in headless Chromium: arrives from the QR
 * link with the token filled in, gets a score out of range back with the server's message and the
 * entered values kept, corrects it, casts the ballot and sees the confirmation; the ballot is
 * counted once and the token cannot be used again. Also at a phone's width. Screenshots go to
 * target/. Skipped when Chromium/chromedriver is not installed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BallotPageBrowserTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  /** A unit of this test's own, so no other test in the shared context opens a round for it. */
  private static final String UNIT = "bp-unit";
  private static final String UNIT_NAME = "浏览器测评局";
  private static final String FIRST = "bp-c1";
  private static final String FIRST_NAME = "孙晓燕";
  private static final String SECOND = "bp-c2";
  private static final String SECOND_NAME = "周伟";
  private static final int YEAR = 2041;

  private static final By ERRORS = By.id("errors");

  @LocalServerPort
  int port;

  @Autowired
  TestRestTemplate rest;

  @Test
  void evaluatorFillsAndCastsTheBallot_once() throws Exception {
    Assumptions.assumeTrue(Chromium.installed(), Chromium.MISSING);
    RestClient api = new RestClient(rest, "demo");
    importRoster();
    long campaignId = startBallotRound(api);
    String token = issueToken(campaignId);

    Path profile = Files.createTempDirectory("ballot-chromium-");
    WebDriver driver = Chromium.start(profile);
    try {
      WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);

      // the QR link: the token is filled in
      driver.get(base() + "/ballot?token=" + token);
      WebElement tokenInput = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
      assertThat(tokenInput.getDomProperty("value")).isEqualTo(token);
      assertThat(driver.getTitle()).contains("民主测评");
      driver.findElement(By.id("open")).click();

      // the unit's ballot: both cadres and the team, Chinese labels
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submit")));
      assertThat(driver.findElement(By.tagName("header")).getText()).contains(YEAR + "年度民主测评", UNIT_NAME);
      assertThat(driver.findElements(By.cssSelector("fieldset.cadre"))).hasSize(2);
      assertThat(cadreCard(driver, FIRST).getText()).contains(FIRST_NAME, "局长", "总体评价", "优秀", "称职", "基本称职",
          "不称职", "德", "能", "勤", "绩", "廉", "政治素质");
      assertThat(cadreCard(driver, SECOND).getText()).contains(SECOND_NAME, "副局长");
      assertThat(driver.findElement(By.cssSelector("fieldset.team")).getText()).contains("好", "较好", "一般", "差");

      // one score out of range: the server says which and keeps everything entered
      choose(driver, "overall_" + FIRST, "EXCELLENT");
      type(driver, FIRST, 120, 88, 92, 95, 93, 96);
      choose(driver, "overall_" + SECOND, "COMPETENT");
      type(driver, SECOND, 80, 81, 82, 83, 84, 85);
      choose(driver, "team", "GOOD");
      driver.findElement(By.id("submit")).click();

      WebElement errors = wait.until(ExpectedConditions.visibilityOfElementLocated(ERRORS));
      assertThat(errors.getText()).contains("测评票尚未提交", FIRST_NAME + "：“德”必须在0到100之间，您填写的是120");
      assertThat(driver.findElements(By.cssSelector("#errors li"))).hasSize(1);
      assertThat(field(driver, "de_" + FIRST).getDomProperty("value")).isEqualTo("120");
      assertThat(field(driver, "de_" + FIRST).getDomAttribute("class")).contains("invalid");
      assertThat(field(driver, "neng_" + FIRST).getDomProperty("value")).isEqualTo("88");
      assertThat(field(driver, "political_" + SECOND).getDomProperty("value")).isEqualTo("85");
      assertThat(radio(driver, "overall_" + FIRST, "EXCELLENT").isSelected()).isTrue();
      assertThat(radio(driver, "overall_" + SECOND, "COMPETENT").isSelected()).isTrue();
      assertThat(radio(driver, "team", "GOOD").isSelected()).isTrue();
      assertThat(driver.findElement(By.name("token")).getDomProperty("value")).isEqualTo(token);
      Chromium.screenshot(driver, "ballot-page.png");
      assertThat(count(api, campaignId).path("ballots").asLong()).as("a refused ballot writes nothing").isZero();

      // corrected, at a phone's width: nothing wider than the screen
      driver.manage().window().setSize(new Dimension(390, 844));
      WebElement de = field(driver, "de_" + FIRST);
      de.clear();
      de.sendKeys("90");
      assertThat(horizontalOverflow(driver)).as("page wider than the phone").isFalse();
      Chromium.screenshot(driver, "ballot-page-phone.png");
      driver.findElement(By.id("submit")).click();

      WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
      assertThat(done.getText()).contains("投票成功", "不记名");
      assertThat(driver.getCurrentUrl()).as("redirected, so a reload does not post again").endsWith("/ballot/done");
      Chromium.screenshot(driver, "ballot-done.png");

      JsonNode count = count(api, campaignId);
      assertThat(count.path("ballots").asLong()).isEqualTo(1);
      assertThat(count.path("tokensUsed").asLong()).isEqualTo(1);
      assertThat(count.path("team").path("GOOD").asLong()).isEqualTo(1);
      JsonNode first = cadre(count, FIRST);
      assertThat(first.path("excellent").asLong()).isEqualTo(1);
      assertThat(first.path("de").decimalValue()).isEqualByComparingTo("90");
      assertThat(first.path("political").decimalValue()).isEqualByComparingTo("96");
      assertThat(cadre(count, SECOND).path("competent").asLong()).isEqualTo(1);

      // the same token again: "已使用", on an HTML page
      driver.get(base() + "/ballot?token=" + token);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("open"))).click();
      assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(ERRORS)).getText()).contains("无法投票", "已使用");

      // an unknown token: said so on the entry page, what was typed shown as text (escaped)
      driver.get(base() + "/ballot");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token"))).sendKeys("<b>nope</b>");
      driver.findElement(By.id("open")).click();
      assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(ERRORS)).getText())
          .contains("选票码无效", "<b>nope</b>");
    } catch (Throwable failure) {
      saveFailureEvidence(driver, failure);
      throw failure;
    } finally {
      driver.quit();
      FileSystemUtils.deleteRecursively(profile);
    }

    // posting the spent token's ballot again, as a browser would: 409 and an HTML page, not JSON
    MultiValueMap<String, String> again = new LinkedMultiValueMap<>();
    again.add("token", token);
    again.add("team", "POOR");
    HttpHeaders form = new HttpHeaders();
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> reused = rest.exchange("/ballot", HttpMethod.POST, new HttpEntity<>(again, form), String.class);
    assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(reused.getHeaders().getContentType()).isNotNull()
        .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.TEXT_HTML)).isTrue());
    assertThat(reused.getBody()).contains("已使用");
    assertThat(rest.getForEntity("/ballot/form?token=NOPE-NOPE-NOPE", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/ballot/form", String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(count(api, campaignId).path("ballots").asLong()).isEqualTo(1);
  }

  // ---- set-up over HTTP ---------------------------------------------------------------------

  private void importRoster() {
    ResponseEntity<String> imported = new RestClient(rest, "admin").post("admin", "/api/roster", Map.of(
        "units", List.of(Map.of("code", UNIT, "name", UNIT_NAME, "category", "DEPARTMENT")),
        "cadres", List.of(cadre(FIRST, FIRST_NAME, "局长", "PRINCIPAL"), cadre(SECOND, SECOND_NAME, "副局长", "DEPUTY")),
        "staff", List.of()));
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
  }

  private static Map<String, Object> cadre(String code, String name, String position, String role) {
    return Map.of("code", code, "name", name, "position", position, "role", role, "unitCode", UNIT, "userId", code,
        "birthDate", "1980-01-01", "initialPassword", "demo");
  }

  private long startBallotRound(RestClient api) {
    ResponseEntity<String> created = api.post("orgdept", "/api/campaigns", Map.of("year", YEAR, "unitCodes", List.of(UNIT),
        "evaluation", "BALLOTS", "appraisalTeams", List.of(Map.of("name", "第一考核组", "members", List.of("team1"),
            "unitCodes", List.of(UNIT)))));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    long campaignId = api.json(created).path("id").asLong();
    api.awaitRoundStarted("orgdept", campaignId);
    return campaignId;
  }

  private String issueToken(long campaignId) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    ResponseEntity<JsonNode> issued = rest.withBasicAuth("orgdept", "demo").exchange(
        "/api/campaigns/" + campaignId + "/ballot-tokens", HttpMethod.POST,
        new HttpEntity<>(Map.of("unitCode", UNIT, "count", 1), headers), JsonNode.class);
    assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return issued.getBody().path("tokens").get(0).asText();
  }

  private static JsonNode count(RestClient api, long campaignId) {
    ResponseEntity<String> response = api.get("orgdept", "/api/campaigns/" + campaignId + "/evaluation?unit=" + UNIT);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return api.json(response);
  }

  private static JsonNode cadre(JsonNode count, String code) {
    for (JsonNode cadre : count.path("cadres")) {
      if (code.equals(cadre.path("cadreCode").asText())) {
        return cadre;
      }
    }
    throw new AssertionError("no count for " + code + ": " + count);
  }

  // ---- the page -----------------------------------------------------------------------------

  private String base() {
    return "http://localhost:" + port;
  }

  private static WebElement cadreCard(WebDriver driver, String code) {
    return driver.findElement(By.cssSelector("fieldset.cadre[data-cadre='" + code + "']"));
  }

  private static WebElement field(WebDriver driver, String name) {
    return driver.findElement(By.name(name));
  }

  private static WebElement radio(WebDriver driver, String name, String value) {
    return driver.findElement(By.cssSelector("input[type=radio][name='" + name + "'][value='" + value + "']"));
  }

  /** Taps the choice's label, as a finger would. */
  private static void choose(WebDriver driver, String name, String value) {
    WebElement input = radio(driver, name, value);
    input.findElement(By.xpath("./ancestor::label[1]")).click();
    assertThat(input.isSelected()).as("%s = %s", name, value).isTrue();
  }

  /** 德 能 勤 绩 廉, then 政治素质. */
  private static void type(WebDriver driver, String cadre, int de, int neng, int qin, int ji, int lian, int political) {
    String[] names = {"de", "neng", "qin", "ji", "lian", "political"};
    int[] scores = {de, neng, qin, ji, lian, political};
    for (int i = 0; i < names.length; i++) {
      WebElement input = field(driver, names[i] + "_" + cadre);
      input.clear();
      input.sendKeys(String.valueOf(scores[i]));
    }
  }

  private static boolean horizontalOverflow(WebDriver driver) {
    return (Boolean) ((JavascriptExecutor) driver).executeScript(
        "return document.documentElement.scrollWidth > window.innerWidth;");
  }

  /** Screenshot and page source of the failing page, without hiding the original failure. */
  private static void saveFailureEvidence(WebDriver driver, Throwable failure) {
    try {
      Chromium.screenshot(driver, "ballot-failure.png");
      Files.writeString(Path.of("target", "ballot-failure.html"), driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (Exception e) {
      failure.addSuppressed(e);
    }
  }
}
