package cn.cadre.appraisal.web;

import cn.cadre.appraisal.support.Chromium;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.cadre.appraisal.support.RestClient;
import com.fasterxml.jackson.databind.JsonNode;
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
import org.openqa.selenium.Keys;
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
 * The first stages of an annual round worked through the real Camunda Tasklist in headless Chromium,
 * one user after another, each logging in through Tasklist's login form in a fresh browser profile:
 * a cadre writes and completes the self-report (述职述廉报告), the appraisal-team member claims the
 * review from "本组待办", reads the report and accepts it, and the organisation department enters the
 * democratic-evaluation tally — first with values the form or the server refuse (the error is shown
 * and the task stays open), then correctly. Every completion is checked over REST as well.
 * Screenshots of each filled form, taken just before Complete (the error one after the refusal), go
 * to target/tasklist-round-*.png. Skipped when Chromium/chromedriver is not installed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistRoundBrowserTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static final String DEMO_PASSWORD = "demo";
  // unit county with year 2027: TasklistBrowserTest opens 2026 for fin in the same application context
  private static final int YEAR = 2027;
  private static final String UNIT = "county";
  private static final String CADRE = "c1002"; // 王海燕, deputy of unit county
  private static final String CADRE_NAME = "王海燕";
  private static final String TEAM_MEMBER = "team1";
  private static final String ORG_DEPT = "orgdept";

  private static final String SELF_REPORT_TASK = "填写述职述廉报告";
  private static final String REVIEW_TASK = "审核述职报告：" + CADRE_NAME;
  private static final String TALLY_TASK = "录入民主测评结果：" + CADRE_NAME;
  private static final String GROUP_FILTER = "本组待办";
  private static final String REPORT_TEXT = "本年度认真履行县长职责，推进乡村振兴和营商环境改革，廉洁自律，无违规违纪问题。";

  // Tasklist login page (AngularJS: the inputs carry no ids)
  private static final By USERNAME = By.cssSelector("form[name=signinForm] input[ng-model=username]");
  private static final By PASSWORD = By.cssSelector("form[name=signinForm] input[ng-model=password]");
  private static final By SIGN_IN = By.cssSelector("form[name=signinForm] button[type=submit]");
  // task detail: "Claim" for an unassigned task, the form's "Complete" button (disabled while the
  // form is invalid or the task is not the user's), and the notification an error from the server becomes
  private static final By CLAIM = By.cssSelector("button.claim");
  private static final By COMPLETE = By.cssSelector("button.btn-primary[ng-click='complete()']");
  private static final By ERROR_NOTIFICATION = By.cssSelector(".page-notifications .alert-danger span.message");
  private static final By CLOSE_NOTIFICATION = By.cssSelector(".page-notifications .alert-danger button.close[ng-click^='removeNotification']");

  @LocalServerPort
  int port;

  @Autowired
  TestRestTemplate rest;

  private WebDriver driver;

  @Test
  void roundTasksAreCompletedThroughTheirFormsInTasklist() throws Exception {
    Assumptions.assumeTrue(Chromium.installed(), Chromium.MISSING);
    RestClient api = new RestClient(rest, DEMO_PASSWORD);
    startCountyRound();
    await().atMost(TIMEOUT).until(() -> tasks(api, CADRE, "taskDefinitionKey=Task_SelfReport").size() == 1);
    String selfReport = api.task(CADRE, "Task_SelfReport", null);

    // 1. the cadre writes the self-report and completes it; it leaves "我的待办"
    inTasklistAs(CADRE, wait -> {
      openTask(wait, SELF_REPORT_TASK);
      WebElement reportText = wait.until(ExpectedConditions.visibilityOfElementLocated(formField("textarea", "Field_ReportText")));
      reportText.sendKeys(REPORT_TEXT);
      assertThat(reportText.getDomProperty("value")).isEqualTo(REPORT_TEXT);
      wait.until(ExpectedConditions.elementToBeClickable(COMPLETE));
      screenshot("tasklist-round-1-self-report.png");
      driver.findElement(COMPLETE).click();
      wait.until(d -> isGone(api, CADRE, selfReport) && d.findElements(taskInList(SELF_REPORT_TASK)).isEmpty());
      assertNoErrorShown();
    });
    assertThat(tasks(api, CADRE, "taskDefinitionKey=Task_SelfReport")).as("c1002's self-report tasks").isEmpty();

    // 2. the appraisal-team member claims the review from "本组待办", reads the report, accepts it
    String review = api.task(TEAM_MEMBER, "Task_ReviewSelfReport", CADRE_NAME);
    inTasklistAs(TEAM_MEMBER, wait -> {
      selectFilter(wait, GROUP_FILTER);
      openTask(wait, REVIEW_TASK);
      wait.until(ExpectedConditions.visibilityOfElementLocated(formField("textarea", "Field_ReportTextShown")));
      wait.until(d -> REPORT_TEXT.equals(d.findElement(formField("textarea", "Field_ReportTextShown")).getDomProperty("value")));
      assertThat(driver.findElement(formField("textarea", "Field_ReportTextShown")).getDomAttribute("readonly"))
          .as("the report is shown read-only").isNotNull();
      claim(wait);
      wait.until(d -> {
        WebElement accepted = d.findElement(radio("通过"));
        if (!accepted.isSelected()) {
          accepted.click();
        }
        return d.findElement(COMPLETE).isEnabled();
      });
      assertThat(driver.findElement(formField("textarea", "Field_ReportTextShown")).getDomProperty("value")).isEqualTo(REPORT_TEXT);
      screenshot("tasklist-round-2-review.png");
      driver.findElement(COMPLETE).click();
      wait.until(d -> isGone(api, TEAM_MEMBER, review) && d.findElements(formField("textarea", "Field_ReportTextShown")).isEmpty());
      assertNoErrorShown();
      // accepted: the review leads on to the interview, which the same team member finds in "本组待办"
      wait.until(ExpectedConditions.visibilityOfElementLocated(taskInList("个别谈话：" + CADRE_NAME)));
    });
    assertThat(tasks(api, TEAM_MEMBER, "taskDefinitionKey=Task_ReviewSelfReport&nameLike=%" + CADRE_NAME + "%"))
        .as("team1's review tasks for 王海燕").isEmpty();
    assertThat(tasks(api, CADRE, "taskDefinitionKey=Task_SelfReport")).as("the report was accepted, not returned").isEmpty();

    // 3. the organisation department enters the tally: refused values first (the task stays open), then valid ones
    String tally = api.task(ORG_DEPT, "Task_EnterEvaluationTally", CADRE_NAME);
    inTasklistAs(ORG_DEPT, wait -> {
      selectFilter(wait, GROUP_FILTER);
      openTask(wait, TALLY_TASK);
      wait.until(ExpectedConditions.visibilityOfElementLocated(formField("input", "Field_CadreNameShown")));
      wait.until(d -> CADRE_NAME.equals(d.findElement(formField("input", "Field_CadreNameShown")).getDomProperty("value")));
      claim(wait);

      // a negative count: the form's own validation (min 0) refuses it, Complete stays disabled
      enterTally(wait, "-1", "10", "2", "0", "95");
      WebElement fieldError = wait.until(ExpectedConditions.visibilityOfElementLocated(fieldError("Field_ExcellentVotes")));
      assertThat(fieldError.getText()).contains("minimum value of 0");
      wait.until(d -> !d.findElement(COMPLETE).isEnabled()); // Complete cannot be clicked with a negative vote count
      assertThat(tasks(api, ORG_DEPT, "taskId=" + tally)).as("the tally task with a negative vote count entered").hasSize(1);

      // no votes at all passes the form but not the server: its Chinese message is shown, the task stays open
      enterTally(wait, "0", "0", "0", "0", "95");
      wait.until(ExpectedConditions.invisibilityOfElementLocated(fieldError("Field_ExcellentVotes")));
      wait.until(ExpectedConditions.elementToBeClickable(COMPLETE)).click();
      WebElement serverError = wait.until(ExpectedConditions.visibilityOfElementLocated(ERROR_NOTIFICATION));
      assertThat(serverError.getText()).contains("票数合计不能为0");
      assertThat(tasks(api, ORG_DEPT, "taskId=" + tally)).as("the tally task after the refused submission").hasSize(1)
          .allSatisfy(task -> assertThat(task.path("assignee").asText()).isEqualTo(ORG_DEPT));
      assertThat(driver.findElement(formField("input", "Field_ExcellentVotes")).isDisplayed()).isTrue();
      screenshot("tasklist-round-3-tally-error.png");

      // corrected: completes
      driver.findElement(CLOSE_NOTIFICATION).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(ERROR_NOTIFICATION));
      enterTally(wait, "12", "8", "1", "0", "95");
      wait.until(ExpectedConditions.elementToBeClickable(COMPLETE));
      screenshot("tasklist-round-4-tally.png");
      driver.findElement(COMPLETE).click();
      wait.until(d -> isGone(api, ORG_DEPT, tally) && d.findElements(formField("input", "Field_ExcellentVotes")).isEmpty());
      assertNoErrorShown();
    });
    assertThat(tasks(api, ORG_DEPT, "taskDefinitionKey=Task_EnterEvaluationTally&nameLike=%" + CADRE_NAME + "%"))
        .as("orgdept's tally tasks for 王海燕").isEmpty();
  }

  /** Org-dept opens the 2027 round for unit county; 409 if this context has done so already. */
  private void startCountyRound() {
    ResponseEntity<String> response = rest.withBasicAuth(ORG_DEPT, DEMO_PASSWORD)
        .postForEntity("/api/campaigns", Map.of("year", YEAR, "unitCodes", List.of(UNIT),
            "appraisalTeams", List.of(Map.of("name", "第一考核组", "members", List.of(TEAM_MEMBER), "unitCodes", List.of(UNIT)))),
            String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isIn(HttpStatus.CREATED, HttpStatus.CONFLICT);
  }

  /** A fresh Chromium profile per user, logged in through Tasklist's login form; evidence saved on failure. */
  private void inTasklistAs(String user, BrowserStep step) throws Exception {
    Path profile = Files.createTempDirectory("tasklist-chromium-");
    driver = Chromium.start(profile);
    try {
      WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
      wait.ignoring(StaleElementReferenceException.class); // the AngularJS list re-renders while loading
      driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
      wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME)).sendKeys(user);
      driver.findElement(PASSWORD).sendKeys(DEMO_PASSWORD);
      driver.findElement(SIGN_IN).click();
      step.run(wait);
    } catch (Throwable failure) {
      saveFailureEvidence(user, failure);
      throw failure;
    } finally {
      driver.quit();
      driver = null;
      FileSystemUtils.deleteRecursively(profile);
    }
  }

  @FunctionalInterface
  private interface BrowserStep {
    void run(WebDriverWait wait) throws Exception;
  }

  private static void selectFilter(WebDriverWait wait, String name) {
    wait.until(d -> {
      d.findElement(filter(name)).click();
      return true;
    });
  }

  private static void openTask(WebDriverWait wait, String name) {
    wait.until(d -> {
      d.findElement(taskInList(name)).click();
      return true;
    });
  }

  /** A candidate (team or group) task must be claimed before its form can be completed. */
  private static void claim(WebDriverWait wait) {
    wait.until(ExpectedConditions.elementToBeClickable(CLAIM)).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(CLAIM));
  }

  private void enterTally(WebDriverWait wait, String excellent, String competent, String basic, String incompetent,
      String politicalScore) {
    type(wait, "Field_ExcellentVotes", excellent);
    type(wait, "Field_CompetentVotes", competent);
    type(wait, "Field_BasicVotes", basic);
    type(wait, "Field_IncompetentVotes", incompetent);
    type(wait, "Field_PoliticalScore", politicalScore);
  }

  /** Replaces a form-js input's value as a user would, and waits until the field holds it. */
  private static void type(WebDriverWait wait, String componentId, String value) {
    wait.until(d -> {
      WebElement input = d.findElement(formField("input", componentId));
      if (!value.equals(input.getDomProperty("value"))) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
      }
      return value.equals(input.getDomProperty("value"));
    });
  }

  private void assertNoErrorShown() {
    assertThat(driver.findElements(ERROR_NOTIFICATION)).extracting(WebElement::getText).as("error notifications").isEmpty();
  }

  // task list entry: <ol class="tasks-list"><li class="task"><h4 class="task"><a>name</a>
  private static By taskInList(String name) {
    return By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[normalize-space()='" + name + "']");
  }

  // filter list: <section class="task-filters">…<h4><a>本组待办 <span>(1)</span></a>
  private static By filter(String name) {
    return By.xpath("//section[contains(@class,'task-filters')]//h4/a[contains(normalize-space(),'" + name + "')]");
  }

  // form-js renders component "Field_X" as id "fjs-form-<random>-Field_X"
  private static By formField(String tag, String componentId) {
    return By.cssSelector(".fjs-form " + tag + "[id$='-" + componentId + "']");
  }

  private static By fieldError(String componentId) {
    return By.cssSelector(".fjs-form .fjs-form-field-error[id$='-" + componentId + "-error-message']");
  }

  // form-js radio group: <label class="fjs-form-field-label"><input type="radio">通过</label>
  private static By radio(String label) {
    return By.xpath("//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space()='" + label + "']/input[@type='radio']");
  }

  private static List<JsonNode> tasks(RestClient api, String user, String query) {
    List<JsonNode> tasks = new java.util.ArrayList<>();
    api.json(api.get(user, "/engine-rest/task?" + query)).forEach(tasks::add);
    return tasks;
  }

  private static boolean isGone(RestClient api, String user, String taskId) {
    return tasks(api, user, "taskId=" + taskId).isEmpty();
  }

  private void screenshot(String fileName) throws IOException {
    Chromium.screenshot(driver, fileName);
  }

  /** Screenshot and page source of the failing page, without hiding the original failure. */
  private void saveFailureEvidence(String user, Throwable failure) {
    try {
      screenshot("tasklist-round-failure-" + user + ".png");
      Files.writeString(Path.of("target", "tasklist-round-failure-" + user + ".html"), driver.getPageSource(),
          StandardCharsets.UTF_8);
    } catch (Exception e) {
      failure.addSuppressed(e);
    }
  }
}
