package cn.cadre.appraisal.web;

import cn.cadre.appraisal.support.Chromium;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
 * A cadre opens the self-report task in the real Camunda Tasklist, in headless Chromium.
 * Unit and process tests stop at the engine; only a browser shows that what a cadre actually gets
 * works end to end: the Tasklist login with the app's users, the "我的待办" filter and task
 * authorizations, the task's link to the Camunda Form forms/self-report.form, and the Chinese
 * labels on screen. Screenshots go to target/. Skipped when Chromium/chromedriver is not installed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistBrowserTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static final String CADRE = "c1009"; // 周斌, principal of unit fin
  private static final String SELF_REPORT_TASK = "填写述职述廉报告";
  private static final String REPORT_TEXT_LABEL = "述职述廉报告正文";

  // Tasklist login page (AngularJS: the inputs carry no ids)
  private static final By USERNAME = By.cssSelector("form[name=signinForm] input[ng-model=username]");
  private static final By PASSWORD = By.cssSelector("form[name=signinForm] input[ng-model=password]");
  private static final By SIGN_IN = By.cssSelector("form[name=signinForm] button[type=submit]");
  // task list entry: <ol class="tasks-list"><li class="task"><h4 class="task"><a>name</a>
  private static final By SELF_REPORT_IN_LIST = By.xpath(
      "//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[normalize-space()='" + SELF_REPORT_TASK + "']");
  // form-js renders field "Field_ReportText" (key reportText) as id "fjs-form-<random>-Field_ReportText"
  private static final By REPORT_TEXT_FIELD_LABEL = By.cssSelector(".fjs-form label.fjs-form-field-label[for$='-Field_ReportText']");
  private static final By REPORT_TEXT_AREA = By.cssSelector(".fjs-form textarea.fjs-textarea[id$='-Field_ReportText']");

  @LocalServerPort
  int port;

  @Autowired
  TestRestTemplate rest;

  @Test
  void cadreOpensSelfReportTask_andSeesTheCamundaForm() throws Exception {
    Assumptions.assumeTrue(Chromium.installed(), Chromium.MISSING);

    startFinAppraisal();

    Path profile = Files.createTempDirectory("tasklist-chromium-");
    WebDriver driver = Chromium.start(profile);
    try {
      WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
      wait.ignoring(StaleElementReferenceException.class); // the AngularJS list re-renders while loading

      driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
      wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME)).sendKeys(CADRE);
      driver.findElement(PASSWORD).sendKeys("demo");
      driver.findElement(SIGN_IN).click();

      wait.until(d -> {
        d.findElement(SELF_REPORT_IN_LIST).click();
        return true;
      });

      WebElement label = wait.until(ExpectedConditions.visibilityOfElementLocated(REPORT_TEXT_FIELD_LABEL));
      WebElement reportText = wait.until(ExpectedConditions.visibilityOfElementLocated(REPORT_TEXT_AREA));
      Chromium.screenshot(driver, "tasklist-self-report.png");

      assertThat(label.getText()).startsWith(REPORT_TEXT_LABEL); // followed by the required "*"
      assertThat(label.getDomAttribute("for")).isEqualTo(reportText.getDomAttribute("id"));
      assertThat(reportText.isEnabled()).isTrue();
    } catch (Throwable failure) {
      saveFailureEvidence(driver, failure);
      throw failure;
    } finally {
      driver.quit();
      FileSystemUtils.deleteRecursively(profile);
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



  /** Screenshot and page source of the failing page, without hiding the original failure. */
  private static void saveFailureEvidence(WebDriver driver, Throwable failure) {
    try {
      Chromium.screenshot(driver, "tasklist-failure.png");
      Files.writeString(Path.of("target", "tasklist-failure.html"), driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (Exception e) {
      failure.addSuppressed(e);
    }
  }
}
