package cn.cadre.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.application.TalentPoolService;
import cn.cadre.appraisal.process.JsonVariables;
import cn.cadre.appraisal.shared.Viewer;
import cn.cadre.appraisal.support.Chromium;
import cn.cadre.appraisal.support.TasklistBrowser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * A special appraisal's conclusion task (专项考核结论) in the real Tasklist: the cadre and the basis
 * shown, the six conclusions offered, and the talent-pool choice appearing only for 列入人才库 with
 * the pools that exist when the task was created. Only a browser shows the form's conditional field
 * and the options reaching the dropdown. Skipped when Chromium/chromedriver is not installed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistSpecialConclusionBrowserTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final String CADRE = "浏览器测试干部（示范局局长）";
  private static final String TASK_NAME = "专项考核结论：" + CADRE;

  private static final By POOL_SELECT = By.cssSelector(".fjs-form .fjs-form-field-select .fjs-input-group");

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TalentPoolService pools;

  @Test
  void theTeamConcludes_andThePoolChoiceAppearsOnlyForATalentPool() throws Exception {
    Assumptions.assumeTrue(Chromium.installed(), Chromium.MISSING);
    String pool = "外事干部人才库（浏览器测试" + System.nanoTime() % 100000 + "）";
    pools.create(pool, null, new Viewer("orgdept", Set.of("org-dept")));
    // the task as the appraisal reaches it (the stages before are covered by the other tests)
    runtime.createProcessInstanceByKey("SpecialAppraisalProcess").businessKey("browser-test/" + System.nanoTime())
        .setVariables(Variables.createVariables().putValue("specialAppraisalId", 0L)
            .putValue("basis", "2026年浏览器测试专项考核").putValue("teamMembers", "orgdept")
            .putValue("dueDate", java.util.Date.from(java.time.Instant.now().plusSeconds(86400)))
            .putValue("cadreCode", "bt-c1")
            .putValueTyped("cadreCodes", JsonVariables.list(List.of("bt-c1")))
            .putValueTyped("cadreNames", JsonVariables.map(Map.of("bt-c1", CADRE))))
        .startBeforeActivity("Task_ConcludeCadre")
        .execute();

    Path profile = Files.createTempDirectory("tasklist-chromium-");
    WebDriver driver = Chromium.start(profile);
    try {
      WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
      wait.ignoring(StaleElementReferenceException.class);
      TasklistBrowser.claim(driver, wait, port, "orgdept", "demo", TASK_NAME);

      WebElement cadre = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector(".fjs-form input[id$='-Field_CadreNameShown']")));
      assertThat(cadre.getDomProperty("value")).isEqualTo(CADRE);
      List<String> conclusions = driver.findElements(By.cssSelector(".fjs-form .fjs-form-field-radio label"))
          .stream().map(WebElement::getText).map(String::strip).toList();
      assertThat(conclusions).contains("表扬嘉奖", "提拔或重用", "列入人才库", "排名靠后，暂不列为拟提拔人选", "问责",
          "完成任务，无其他结论");
      assertThat(driver.findElements(POOL_SELECT)).as("no pool to choose before 列入人才库").isEmpty();

      WebElement talentPool = driver.findElement(By.xpath(
          "//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space()='列入人才库']"));
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", talentPool);
      talentPool.click();
      WebElement select = wait.until(ExpectedConditions.elementToBeClickable(POOL_SELECT));
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", select);
      select.click();
      List<String> offered = wait.until(d -> {
        List<String> items = d.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream().map(WebElement::getText).toList();
        return items.isEmpty() ? null : items;
      });
      Chromium.screenshot(driver, "tasklist-special-conclusion.png");
      assertThat(offered).contains(pool);
    } catch (Throwable failure) {
      Chromium.screenshot(driver, "tasklist-special-failure.png");
      Files.writeString(Path.of("target", "tasklist-special-failure.html"), driver.getPageSource(), StandardCharsets.UTF_8);
      throw failure;
    } finally {
      driver.quit();
      FileSystemUtils.deleteRecursively(profile);
    }
  }
}
