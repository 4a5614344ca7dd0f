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
 * a cadre writes and completes the self-report (述职述廉报告); the appraisal-team member opens the
 * unit's review task from "本组待办" (refused while reports are out, the server's message shown),
 * follows its link to the unit's reports and accepts the report there after a return without a
 * comment is refused; the organisation department follows its round task's link to the tally page and
 * enters the unit's sheet — a row that does not add up refused by name, then corrected and submitted.
 * Every step is checked over REST as well.
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
  private static final String REVIEW_TASK = "审核述职报告：示范县";
  private static final String TALLY_TASK = "录入民主测评结果：" + YEAR + "年度考核";
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

    // 2. the appraisal-team member opens the unit's review task from "本组待办": it cannot be completed while
    //    reports are out (the server's Chinese message), its form links to the unit's reports, where the
    //    member reads 王海燕's report in full and accepts it
    String review = api.task(TEAM_MEMBER, "Task_ReviewSelfReports", "示范县");
    long campaignId = api.json(api.get(TEAM_MEMBER, "/engine-rest/task/" + review + "/form-variables"))
        .path("campaignId").path("value").asLong();
    inTasklistAs(TEAM_MEMBER, wait -> {
      selectFilter(wait, GROUP_FILTER);
      openTask(wait, REVIEW_TASK);
      WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("打开本单位述职报告")));
      assertThat(link.getDomAttribute("href")).isEqualTo("/app/campaigns/" + campaignId + "/units/" + UNIT + "/reports");
      claim(wait);
      wait.until(ExpectedConditions.elementToBeClickable(COMPLETE)).click();
      WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(ERROR_NOTIFICATION));
      assertThat(refused.getText()).contains("份述职报告未通过审核", CADRE_NAME);
      screenshot("tasklist-round-2-review-task.png");

      signInToApp(wait, "/app/campaigns/" + campaignId + "/units/" + UNIT + "/reports", TEAM_MEMBER);
      By card = By.cssSelector("section.report[data-cadre='" + CADRE + "']");
      wait.until(d -> d.findElement(card).getText().contains(REPORT_TEXT));
      assertThat(driver.findElement(card).getText()).contains("待审核");
      assertThat(driver.findElement(By.cssSelector("section.report[data-cadre='c1001']")).getText()).contains("未提交");
      // returning needs a comment: the server says so and nothing changes
      driver.findElement(By.xpath("//section[@data-cadre='" + CADRE + "']//button[normalize-space()='退回修改']")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "退回修改时必须填写审核意见"));
      driver.findElement(By.cssSelector("form[data-review='" + CADRE + "'] textarea")).sendKeys("内容翔实");
      screenshot("tasklist-round-3-review-page.png");
      driver.findElement(By.xpath("//section[@data-cadre='" + CADRE + "']//button[normalize-space()='通过']")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "已通过：" + CADRE_NAME));
      wait.until(d -> d.findElement(card).getText().contains("已通过"));

      // the unit's interview page: a record about 王海燕, an empty one refused
      driver.get("http://localhost:" + port + "/app/campaigns/" + campaignId + "/units/" + UNIT + "/interviews");
      By form = By.cssSelector("form[data-record='" + CADRE + "']");
      wait.until(ExpectedConditions.visibilityOfElementLocated(form)).findElement(By.cssSelector("button[type=submit]")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "谈话了解的主要情况"));
      driver.findElement(form).findElement(By.name("findings")).sendKeys("群众反映工作扎实，作风务实");
      driver.findElement(form).findElement(By.name("earlySignProblems")).click();
      driver.findElement(form).findElement(By.name("weaknessTopic")).sendKeys("数字化治理");
      driver.findElement(form).findElement(By.cssSelector("button[type=submit]")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "已保存：" + CADRE_NAME));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("tr[data-cadre='" + CADRE + "']"),
          "群众反映工作扎实"));
      assertThat(driver.findElement(By.cssSelector("tr[data-cadre='" + CADRE + "']")).getText())
          .contains("苗头性倾向性问题", "能力短板：数字化治理", TEAM_MEMBER);
      screenshot("tasklist-round-3b-interviews.png");
    });
    assertThat(tasks(api, TEAM_MEMBER, "taskId=" + review)).as("the unit's review task stays until all are accepted")
        .hasSize(1);
    assertThat(tasks(api, CADRE, "taskDefinitionKey=Task_SelfReport")).as("accepted: not back with the cadre").isEmpty();
    assertThat(tasks(api, CADRE, "taskDefinitionKey=Task_SelfReport")).as("the report was accepted, not returned").isEmpty();

    // 3. the organisation department enters the unit's tally sheet on the page its round task links to:
    //    a row that does not add up is refused with its name, then the corrected sheet is saved and submitted
    String tally = api.task(ORG_DEPT, "Task_EnterTallies", YEAR + "年度");
    inTasklistAs(ORG_DEPT, wait -> {
      selectFilter(wait, GROUP_FILTER);
      openTask(wait, TALLY_TASK);
      WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("打开测评录入页面")));
      assertThat(link.getDomAttribute("href")).isEqualTo("/app/campaigns/" + campaignId + "/tallies");
      screenshot("tasklist-round-4-tally-task.png");

      signInToApp(wait, "/app/campaigns/" + campaignId + "/tallies", ORG_DEPT);
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#unit-rows tr[data-unit='" + UNIT + "'] button"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#sheet-rows tr[data-code='TEAM']")));
      driver.findElement(By.name("ballots")).sendKeys("21");
      fillRow("c1001", "15", "5", "1", "0", "95");
      fillRow(CADRE, "12", "8", "0", "0", "93"); // 20 of 21: refused
      fillRow("c1003", "6", "14", "1", "0", "90");
      fillRow("c1004", "3", "16", "2", "0", "88");
      fillRow("TEAM", "17", "4", "0", "0", null);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(
          By.cssSelector("#sheet-rows tr[data-code='" + CADRE + "'] td.total"), "20"));
      driver.findElement(By.id("save")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), CADRE_NAME + "：四项票数合计 20 与有效票数 21 不符"));
      screenshot("tasklist-round-5-tally-refused.png");
      assertThat(api.json(api.get(ORG_DEPT, "/api/campaigns/" + campaignId + "/tallies/" + UNIT)).path("ballots").isNull())
          .as("nothing saved").isTrue();
      fillRow(CADRE, "12", "9", "0", "0", "93");
      driver.findElement(By.id("save")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "已填完，可以提交"));
      wait.until(ExpectedConditions.elementToBeClickable(By.id("submit-unit"))).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "已提交：示范县"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("counts"), "已提交 1 个"));
      screenshot("tasklist-round-6-tally-submitted.png");
    });
    JsonNode sheet = api.json(api.get(ORG_DEPT, "/api/campaigns/" + campaignId + "/tallies/" + UNIT));
    assertThat(sheet.path("submitted").asBoolean()).isTrue();
    assertThat(sheet.path("rows").get(1).path("second").asInt()).as("王海燕's corrected row").isEqualTo(9);
    api.complete(ORG_DEPT, tally, Map.of());
  }

  /** Follows to one of the application's own pages, signing in there with the same user. */
  private void signInToApp(WebDriverWait wait, String page, String user) {
    driver.get("http://localhost:" + port + page);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(user);
    driver.findElement(By.name("password")).sendKeys(DEMO_PASSWORD);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains(page));
  }

  private void fillRow(String code, String first, String second, String third, String fourth, String score) {
    By row = By.cssSelector("#sheet-rows tr[data-code='" + code + "']");
    String[] names = {"first", "second", "third", "fourth", "politicalScore"};
    String[] values = {first, second, third, fourth, score};
    for (int i = 0; i < names.length; i++) {
      if (values[i] != null) {
        WebElement input = driver.findElement(row).findElement(By.name(names[i]));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(values[i]);
      }
    }
  }

  /** Org-dept opens the 2027 round for unit county; 409 if this context has done so already. */
  private void startCountyRound() {
    ResponseEntity<String> response = rest.withBasicAuth(ORG_DEPT, DEMO_PASSWORD)
        .postForEntity("/api/campaigns", Map.of("year", YEAR, "unitCodes", List.of(UNIT),
            "appraisalTeams", List.of(Map.of("name", "第一考核组", "members", List.of(TEAM_MEMBER), "unitCodes", List.of(UNIT)))),
            String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isIn(HttpStatus.CREATED, HttpStatus.CONFLICT);
    if (response.getStatusCode() == HttpStatus.CREATED) {
      cn.cadre.appraisal.support.RestClient api = new cn.cadre.appraisal.support.RestClient(rest, DEMO_PASSWORD);
      api.awaitRoundStarted(ORG_DEPT, api.json(response).path("id").asLong());
    }
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
