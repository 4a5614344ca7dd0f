package cn.cadre.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.application.TalkService;
import cn.cadre.appraisal.support.Chromium;
import cn.cadre.appraisal.support.TasklistBrowser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
 * The organisation department opens a result-application task (安排谈话提醒) in the real Tasklist:
 * the form's read-only context, its date-time field and the choice of 谈话人 filled from the
 * process variable leaderOptions. Only a browser shows that the options reach the dropdown.
 * Screenshot in target/. Skipped when Chromium/chromedriver is not installed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistResultApplicationBrowserTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final String SUBJECT = "浏览器测试对象";
  private static final String TASK_NAME = "安排谈话提醒：" + SUBJECT;


  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TalkService talks;

  @Test
  void orgDeptSchedulesATalk_choosingTheLeaderFromTheOfferedStaff() throws Exception {
    Assumptions.assumeTrue(Chromium.installed(), Chromium.MISSING);
    Map<String, String> leaders = talks.leaders();
    assertThat(leaders).containsKeys("committee", "orgdept");
    List<Map<String, String>> options = new ArrayList<>();
    leaders.forEach((id, name) -> options.add(Map.of("value", id, "label", name)));
    // the task as the branch opens it (the decision and its job are covered by the other tests)
    runtime.createProcessInstanceByKey("ResultApplicationProcess").businessKey("browser-test/" + System.nanoTime())
        .setVariables(Variables.createVariables().putValue("subjectName", SUBJECT).putValue("cadreUserId", "c1003")
            .putValue("problems", "存在苗头性倾向性问题").putValue("campaignId", 0L).putValue("subjectId", 0L).putValue("source", "ANNUAL").putValue("doingWell", false)
            .putValueTyped("leaderOptions", Variables.objectValue(options)
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create()))
        .startBeforeActivity("Task_ScheduleReminderTalk")
        .execute();

    Path profile = Files.createTempDirectory("tasklist-chromium-");
    WebDriver driver = Chromium.start(profile);
    try {
      WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
      wait.ignoring(StaleElementReferenceException.class);
      TasklistBrowser.claim(driver, wait, port, "orgdept", "demo", TASK_NAME);

      WebElement kind = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector(".fjs-form input[id$='-Field_TalkKindShown']")));
      assertThat(kind.getDomProperty("value")).isEqualTo("谈话提醒");
      assertThat(driver.findElements(By.cssSelector(".fjs-form [id*='-Field_TalkAt']"))).isNotEmpty();
      // form-js draws the select as its own dropdown: open it and read the offered leaders
      WebElement select = wait.until(ExpectedConditions.elementToBeClickable(
          By.cssSelector(".fjs-form .fjs-form-field-select .fjs-input-group")));
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", select);
      select.click();
      List<String> offered = wait.until(d -> {
        List<String> items = d.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream().map(WebElement::getText).toList();
        return items.isEmpty() ? null : items;
      });
      Chromium.screenshot(driver, "tasklist-schedule-talk.png");
      assertThat(offered).contains(leaders.get("committee"), leaders.get("orgdept"));
    } catch (Throwable failure) {
      Chromium.screenshot(driver, "tasklist-result-failure.png");
      Files.writeString(Path.of("target", "tasklist-result-failure.html"), driver.getPageSource(), StandardCharsets.UTF_8);
      throw failure;
    } finally {
      driver.quit();
      FileSystemUtils.deleteRecursively(profile);
    }
  }
}
