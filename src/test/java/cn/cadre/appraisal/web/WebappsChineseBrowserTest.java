package cn.cadre.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.support.Chromium;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * The Camunda webapps around the forms, as the organisation's users see them on a Chinese PC: the
 * welcome page, Tasklist (a cadre), Cockpit (org-dept) and Admin (an administrator) signed in, in
 * real Chromium set to zh-CN. Each page's visible text holds none of the webapp's English phrases
 * (every multi-word value of the app's en.json), the header carries the product's name, and the
 * Camunda 8 migration banner is gone. Screenshots: target/webapp-*.png.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebappsChineseBrowserTest {

  private static final By USERNAME = By.cssSelector("form[name=signinForm] input[ng-model=username]");
  private static final By PASSWORD = By.cssSelector("form[name=signinForm] input[ng-model=password]");
  private static final By SIGN_IN = By.cssSelector("form[name=signinForm] button[type=submit]");
  private static final By HEADER = By.cssSelector("[cam-widget-header] .navbar-brand");

  @LocalServerPort
  int port;

  @Autowired
  TestRestTemplate rest;

  @ParameterizedTest
  @CsvSource({
      "welcome,  admin,    admin, 欢迎",
      "tasklist, c1009,    demo,  任务列表",
      "cockpit,  orgdept,  demo,  流程监控",
      "admin,    admin,    admin, 系统管理"})
  void theWebappIsChineseForItsUsers(String app, String user, String password, String name) throws Exception {
    Assumptions.assumeTrue(Chromium.installed(), Chromium.MISSING);
    if ("tasklist".equals(app)) {
      startFinAppraisal(); // the cadre has a task to see
    }
    List<String> english = phrases(app);
    Path profile = Files.createTempDirectory("webapp-chromium-");
    WebDriver driver = Chromium.start(profile);
    try {
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      driver.get("http://localhost:" + port + "/camunda/app/" + app + "/default/");
      wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
      assertChinese(driver, english, app + " sign-in");
      Chromium.screenshot(driver, "webapp-" + app + "-signin.png");
      driver.findElement(USERNAME).sendKeys(user);
      driver.findElement(PASSWORD).sendKeys(password);
      driver.findElement(SIGN_IN).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(USERNAME));
      wait.until(d -> d.findElement(HEADER).getText().contains(name));
      if ("tasklist".equals(app)) {
        wait.until(d -> !d.findElements(By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a"))
            .isEmpty());
        driver.findElement(By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
      }
      Thread.sleep(1500); // the AngularJS views fill in after their data arrives
      Chromium.screenshot(driver, "webapp-" + app + ".png");
      assertChinese(driver, english, app);
      assertThat(driver.findElements(By.cssSelector(".ce-eol-banner")))
          .as("the Camunda 8 migration banner").allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
    } finally {
      driver.quit();
      FileSystemUtils.deleteRecursively(profile);
    }
  }

  private static void assertChinese(WebDriver driver, List<String> english, String page) {
    String text = (String) ((JavascriptExecutor) driver).executeScript("return document.body.innerText;");
    assertThat(text).as(page + ": Chinese on the page").containsPattern("[\\u4e00-\\u9fff]");
    List<String> shown = english.stream().filter(text::contains).toList();
    assertThat(shown).as(page + ": English phrases of the webapp on the page").isEmpty();
  }

  /** Every multi-word English value of the app's en.json (placeholders and markup removed). */
  private static List<String> phrases(String app) throws Exception {
    try (InputStream in = WebappsChineseBrowserTest.class.getResourceAsStream(
        "/META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json")) {
      assertThat(in).as("the webjar's en.json of " + app).isNotNull();
      JsonNode labels = new ObjectMapper().readTree(new String(in.readAllBytes(), "UTF-8").replace("\uFEFF", ""))
          .path("labels");
      List<String> phrases = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) labels::fields) {
        for (String part : e.getValue().asText().replaceAll("\\{\\{[^}]*}}|<[^>]+>|&[a-z]+;", "|").split("\\|")) {
          String phrase = part.strip();
          if (phrase.matches("[A-Za-z][A-Za-z ,.'-]*[a-z]") && phrase.contains(" ") && phrase.length() >= 8) {
            phrases.add(phrase);
          }
        }
      }
      return phrases;
    }
  }

  /** Org-dept starts unit fin's appraisal; another test in the shared context may have done so already. */
  private void startFinAppraisal() {
    ResponseEntity<String> response = rest.withBasicAuth("orgdept", "demo")
        .postForEntity("/api/campaigns", Map.of("year", 2026, "unitCodes", List.of("fin"),
            "appraisalTeams", List.of(Map.of("name", "第二考核组", "members", List.of("team2"), "unitCodes", List.of("fin")))),
            String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isIn(HttpStatus.CREATED, HttpStatus.CONFLICT);
    if (response.getStatusCode() == HttpStatus.CREATED) {
      cn.cadre.appraisal.support.RestClient api = new cn.cadre.appraisal.support.RestClient(rest, "demo");
      api.awaitRoundStarted("orgdept", api.json(response).path("id").asLong());
    }
  }
}
