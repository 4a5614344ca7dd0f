package cn.cadre.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;
import cn.cadre.appraisal.process.JsonVariables;
import cn.cadre.appraisal.support.Chromium;
import cn.cadre.appraisal.support.TasklistBrowser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * The review of a scoring round (审核综合考核结果) in the real Tasklist: the ranking and the flagged
 * spreads shown, the three choices on halving, and the list of indicators appearing only for 部分减半.
 * Only a browser shows the form's conditional field. Skipped when Chromium/chromedriver is not installed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistScoringReviewBrowserTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final String TITLE = "2043年度综合考核评分";
  private static final By HALVED_LIST = By.cssSelector(".fjs-form textarea[id$='-Field_HalvedIndicators']");

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;

  @Test
  void orgDeptReviews_andTheListOfHalvedIndicatorsAppearsOnlyForSome() throws Exception {
    Assumptions.assumeTrue(Chromium.installed(), Chromium.MISSING);
    // the task as the round reaches it (the offices' stage is covered by the other tests); no round
    // behind it: the form says so
    runtime.createProcessInstanceByKey("UnitScoringProcess").businessKey("browser-test/" + System.nanoTime())
        .setVariables(Variables.createVariables().putValue("scoringRoundId", 0L).putValue("roundTitle", TITLE))
        .startBeforeActivity("Task_ReviewUnitScores")
        .execute();

    Path profile = Files.createTempDirectory("tasklist-chromium-");
    WebDriver driver = Chromium.start(profile);
    try {
      WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
      wait.ignoring(StaleElementReferenceException.class);
      TasklistBrowser.claim(driver, wait, port, "orgdept", "demo", "审核综合考核结果（" + TITLE + "）");

      WebElement spreads = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector(".fjs-form textarea[id$='-Field_FlaggedSpreadsShown']")));
      assertThat(spreads.getDomProperty("value")).startsWith("无（各指标评分差异度均不低于 30%）");
      WebElement link = driver.findElement(By.linkText("综合考核结果页面"));
      assertThat(link.getDomAttribute("href")).isEqualTo("/app/scoring-rounds/0");
      List<String> choices = driver.findElements(By.cssSelector(".fjs-form .fjs-form-field-radio label"))
          .stream().map(WebElement::getText).map(String::strip).toList();
      assertThat(choices).contains("全部减半", "均不减半", "部分减半（在下面列出）");
      assertThat(driver.findElements(HALVED_LIST)).as("no list before 部分减半").isEmpty();

      WebElement some = driver.findElement(By.xpath(
          "//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space()='部分减半（在下面列出）']"));
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", some);
      some.click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(HALVED_LIST));
      Chromium.screenshot(driver, "tasklist-scoring-review.png");
    } catch (Throwable failure) {
      Chromium.screenshot(driver, "tasklist-scoring-review-failure.png");
      Files.writeString(Path.of("target", "tasklist-scoring-review-failure.html"), driver.getPageSource(),
          StandardCharsets.UTF_8);
      throw failure;
    } finally {
      driver.quit();
      FileSystemUtils.deleteRecursively(profile);
    }
  }
}
