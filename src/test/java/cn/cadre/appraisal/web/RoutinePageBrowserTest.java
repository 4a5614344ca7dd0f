package cn.cadre.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.support.Chromium;
import cn.cadre.appraisal.support.RestClient;
import cn.cadre.appraisal.support.RosterRows;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
 * The routine round in headless Chromium, as org-dept runs it: opened from the home page (a unit
 * forgotten first), the link in the unit's
 * Tasklist form, the Chinese sign-in, a score out of range refused with the cadre named and nothing
 * saved, the corrected sheet saved, and the page read-only once the task is completed. Screenshots in
 * target/routine-page-*.png. Skipped without Chromium.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RoutinePageBrowserTest {

  private static final String PASSWORD = "Routine#Page26";
  private static final String OD = "rb-od";

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;

  @Test
  void orgDeptScoresAUnitInThePage() throws Exception {
    Assumptions.assumeTrue(Chromium.installed(), Chromium.MISSING);
    ResponseEntity<String> imported = new RestClient(rest, "admin").post("admin", "/api/roster", Map.of(
        "units", List.of(RosterRows.unit("rb-unit", "页面测试局")),
        "cadres", List.of(RosterRows.cadre("rb-c1", "郑一", "局长", "PRINCIPAL", "rb-unit", "1975-03-01", PASSWORD),
            RosterRows.cadre("rb-c2", "郑二", "副局长", "DEPUTY", "rb-unit", "1981-03-01", PASSWORD)),
        "staff", List.of(RosterRows.staff(OD, "组织部干部", "rb-unit", AppraisalGroup.ORG_DEPT.id(), PASSWORD))));
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
    RestClient api = new RestClient(rest, PASSWORD);
    String page = null;
    String task = null;

    Path profile = Files.createTempDirectory("chromium-routine");
    WebDriver browser = Chromium.start(profile);
    try {
      // org-dept opens the quarter from the application's home page: first with no unit ticked
      browser.get(base() + "/app/login");
      WebDriverWait signIn = new WebDriverWait(browser, java.time.Duration.ofSeconds(30));
      signIn.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(OD);
      browser.findElement(By.name("password")).sendKeys(PASSWORD);
      browser.findElement(By.cssSelector("button[type=submit]")).click();
      WebElement open = signIn.until(ExpectedConditions.visibilityOfElementLocated(By.id("open-routine")));
      new org.openqa.selenium.support.ui.Select(open.findElement(By.name("period"))).selectByVisibleText("第二季度");
      open.findElement(By.cssSelector("button[type=submit]")).click();
      signIn.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "请至少选择一个单位"));
      open.findElement(By.cssSelector("input[name=unit][value=rb-unit]")).click();
      open.findElement(By.cssSelector("button[type=submit]")).click();
      signIn.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "第二季度平时考核：页面测试局"));
      Chromium.screenshot(browser, "routine-page-00-opened.png");
      JsonNode round = null;
      for (JsonNode r : api.json(api.get(OD, "/api/routine-rounds"))) {
        round = r.path("units").findValuesAsText("unitCode").contains("rb-unit") ? r : round;
      }
      assertThat(round).as("the round opened from the page").isNotNull();
      long id = round.path("id").asLong();
      page = "/app/routine-rounds/" + id + "/units/rb-unit";
      task = api.task(OD, "Task_ScoreUnit", "页面测试局");

      WebDriverWait wait = Chromium.openTask(browser, base(), OD, PASSWORD, task);
      WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("打开评分页面")));
      assertThat(link.getDomAttribute("href")).isEqualTo(page);
      Chromium.screenshot(browser, "routine-page-0-tasklist-form.png");

      browser.get(base() + page); // Tasklist's sign-in started afresh: the application asks again
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(OD);
      browser.findElement(By.name("password")).sendKeys(PASSWORD);
      browser.findElement(By.cssSelector("button[type=submit]")).click();
      wait.until(d -> d.findElements(By.cssSelector("#sheet-rows tr[data-code]")).size() == 2);
      assertThat(browser.findElement(By.tagName("h1")).getText()).contains("第二季度平时考核", "页面测试局");
      assertThat(browser.findElement(By.id("counts")).getText()).contains("共 2 名干部，已评分 0 名");

      // out of range: refused, the cadre named, nothing saved
      fill(browser, "rb-c1", "150", "完成年度招商任务的 60%");
      browser.findElement(By.id("save")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "郑一：得分应在 0–100 之间，不是 150"));
      assertThat(api.json(api.get(OD, "/api/routine-rounds/" + id + "/units/rb-unit")).path("rows").get(0).path("score")
          .isNull()).isTrue();
      Chromium.screenshot(browser, "routine-page-1-refused.png");

      fill(browser, "rb-c1", "91", null);
      fill(browser, "rb-c2", "86.5", "分管领域安全生产零事故");
      row(browser, "rb-c2").findElement(By.name("earlySigns")).click();
      browser.findElement(By.id("save")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "已保存 2 名干部的评分"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("counts"), "已评分 2 名"));
      JsonNode saved = api.json(api.get(OD, "/api/routine-rounds/" + id + "/units/rb-unit"));
      assertThat(saved.path("rows").get(1).path("score").decimalValue()).isEqualByComparingTo("86.5");
      assertThat(saved.path("rows").get(1).path("earlySigns").asBoolean()).isTrue();
      Chromium.screenshot(browser, "routine-page-2-saved.png");

      // the application's home page lists the round with each unit's progress and its sheet
      browser.get(base() + "/app/");
      WebElement home = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("routine-rounds")));
      assertThat(home.getText()).contains("第二季度平时考核", "评分中", "页面测试局（2/2）");
      assertThat(home.findElement(By.linkText("页面测试局")).getDomAttribute("href")).isEqualTo(page);
      Chromium.screenshot(browser, "routine-page-2b-home.png");
      browser.get(base() + page);
      wait.until(d -> d.findElements(By.cssSelector("#sheet-rows tr[data-code]")).size() == 2);

      // the task completed in Tasklist's API: the page shows the sheet final
      api.complete(OD, task, Map.of());
      browser.navigate().refresh();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sheet-state"), "已提交"));
      assertThat(row(browser, "rb-c1").findElement(By.name("score")).isEnabled()).isFalse();
      assertThat(browser.findElement(By.id("save")).isEnabled()).isFalse();
      Chromium.screenshot(browser, "routine-page-3-submitted.png");
    } catch (Throwable failure) {
      Files.writeString(Path.of("target", "routine-page-failure.html"), browser.getPageSource(), StandardCharsets.UTF_8);
      Chromium.screenshot(browser, "routine-page-failure.png");
      throw failure;
    } finally {
      browser.quit();
      FileSystemUtils.deleteRecursively(profile);
    }
  }

  private static WebElement row(WebDriver browser, String code) {
    return browser.findElement(By.cssSelector("#sheet-rows tr[data-code='" + code + "']"));
  }

  private static void fill(WebDriver browser, String code, String score, String keyTasks) {
    WebElement row = row(browser, code);
    row.findElement(By.name("score")).clear();
    row.findElement(By.name("score")).sendKeys(score);
    if (keyTasks != null) {
      row.findElement(By.name("keyTasks")).clear();
      row.findElement(By.name("keyTasks")).sendKeys(keyTasks);
    }
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
