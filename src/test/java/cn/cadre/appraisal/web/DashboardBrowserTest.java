package cn.cadre.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.support.Chromium;
import cn.cadre.appraisal.support.Overdue;
import cn.cadre.appraisal.support.RestClient;
import cn.cadre.appraisal.support.RoundDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/**
 * 考核看板: a round at calibration (3 units of different categories, 12 cadres) with its calibration
 * task past its deadline. The dashboard's one request answers the figures the round keeps — the stage
 * that is open and late, who holds it, the grades per category against the quota, the receipts
 * issued — to org-dept and the committee, not to an appraisal team; the page draws them with Chart.js
 * in headless Chromium, every chart drawn (screenshot target/dashboard-round.png). The same round
 * shows 我的考核档案 to org-dept (the task its group may claim) and to a cadre (the receipt's PDF).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardBrowserTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;
  @Autowired TaskService tasks;

  @Test
  void theRoundAtAGlance_asFiguresAndCharts() throws Exception {
    RoundDriver.Round round = RoundDriver.of(context).year(2084).toCalibration("dsb", 3, 4);
    RestClient api = new RestClient(rest, RoundDriver.PASSWORD);
    String path = "/api/campaigns/" + round.campaignId() + "/dashboard";
    Overdue late = Overdue.task(tasks, round.campaignKey(), "Task_Calibration");
    try {
      JsonNode d = api.json(api.get(round.orgDept(), path));
      assertThat(d.path("round").path("year").asInt()).isEqualTo(2084);
      assertThat(d.path("round").path("statusLabel").asText()).isEqualTo("统筹校准");
      assertThat(d.path("round").path("units").asInt()).isEqualTo(3);
      assertThat(d.path("round").path("cadres").asInt()).isEqualTo(12);
      assertThat(d.path("openTasks").asInt()).isEqualTo(1);
      assertThat(d.path("redLightCount").asInt()).isEqualTo(1);
      JsonNode stage = d.path("stages").get(0);
      assertThat(List.of(stage.path("stage").asText(), stage.path("label").asText(), stage.path("open").asText(),
          stage.path("overdue").asText())).containsExactly("Task_Calibration", "统筹校准", "1", "1");
      JsonNode red = d.path("redLights").get(0);
      assertThat(List.of(red.path("taskName").asText(), red.path("unitName").asText(), red.path("holder").asText(),
          red.path("daysLate").asText())).containsExactly("统筹校准：2084年度考核", "全轮次", "组织部", "1");

      // the grades proposed so far, per category of unit, each category's 优秀 share beside the round's quota
      List<String> categories = new ArrayList<>();
      int graded = 0;
      for (JsonNode g : d.path("grades")) {
        categories.add(g.path("category").asText());
        graded += g.path("graded").asInt();
        assertThat(g.path("counts").fieldNames()).toIterable().containsExactly("优秀", "称职", "基本称职", "不称职", "不确定等次");
        assertThat(g.path("excellentShare").asDouble())
            .isEqualTo(g.path("counts").path("优秀").asDouble() / g.path("graded").asInt());
      }
      assertThat(categories).containsExactly("市", "县（区）", "脱贫县");
      assertThat(graded).isEqualTo(12);
      assertThat(d.path("round").path("excellentQuota").asDouble()).isPositive();
      // each report accepted was acknowledged with a receipt; no result path yet
      assertThat(d.path("notices").findValuesAsText("type")).containsExactly("述职述廉报告审核通过回执");
      assertThat(d.path("notices").get(0).path("count").asInt()).isEqualTo(12);
      assertThat(d.path("resultPaths")).isEmpty();
      assertThat(d.toString()).doesNotContain("EXCELLENT", "CITY", "OPEN\"");

      assertThat(api.get(round.committee(), path).getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(api.get(round.teamMember(1), path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

      Assumptions.assumeTrue(Chromium.installed(), Chromium.MISSING);
      WebDriver browser = Chromium.start(Files.createTempDirectory("chromium-dashboard"));
      try {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/app/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(round.orgDept());
        browser.findElement(By.name("password")).sendKeys(RoundDriver.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        // from the home page's round to its dashboard
        wait.until(ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("a.dashboard-link[href='/app/campaigns/" + round.campaignId() + "/dashboard']"))).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("dashboard"), "data-ready", "true"));
        Chromium.screenshot(browser, "dashboard-round.png");

        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("2084年度考核看板").contains("统筹校准");
        assertThat(browser.findElement(By.id("red-light-count")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("#red-lights tbody tr")).getText())
            .contains("统筹校准：2084年度考核", "全轮次", "组织部", "1 天", "催办"); // the reminder job may have run
        JavascriptExecutor js = (JavascriptExecutor) browser;
        for (String chart : List.of("stage-chart", "grade-chart", "quota-chart", "notice-chart")) {
          assertThat(js.executeScript("var c = Chart.getChart('" + chart + "'); return c ? c.data.labels.length : 0;"))
              .as("labels of %s", chart).isNotEqualTo(0L);
        }
        assertThat(js.executeScript("return Chart.getChart('quota-chart').data.datasets[1].label")).isEqualTo(
            "优秀限额 " + String.format("%.1f%%", d.path("round").path("excellentQuota").asDouble() * 100));
        assertThat(browser.findElement(By.id("result-paths-empty")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("units-empty")).isDisplayed()).as("no unit has open tasks").isTrue();
        js.executeScript("document.getElementById('grade-chart').scrollIntoView()");
        Chromium.screenshot(browser, "dashboard-round-grades.png");
        assertThat(browser.findElement(By.tagName("body")).getText())
            .doesNotContain("undefined", "null", "NaN", "Task_");

        // 我的考核档案 of an org-dept member: the calibration task offered to their group, and no file of their own
        browser.findElement(By.linkText("我的考核档案")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-tasks")));
        assertThat(browser.findElement(By.id("my-tasks")).getText()).contains("统筹校准：2084年度考核", "需先认领");
        assertThat(browser.findElement(By.id("no-file")).getText()).contains("不是被考核干部");

        // a cadre's: the round's year, the receipt for their report with its PDF, nothing to do now
        browser.findElement(By.cssSelector("form.who button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(round.cadreCode(1, 1));
        browser.findElement(By.name("password")).sendKeys(RoundDriver.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("我的考核档案"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("year-2084")));
        Chromium.screenshot(browser, "dashboard-cadre-file.png");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(round.cadreName(1, 1));
        assertThat(browser.findElement(By.id("my-tasks")).getText()).contains("目前没有待办任务");
        assertThat(browser.findElement(By.id("year-2084")).getText()).contains("述职述廉报告审核通过回执");
        String pdf = browser.findElement(By.cssSelector("#year-2084 a[href$='.pdf']")).getDomAttribute("href");
        String notices = "/api/notices?cadre=" + round.cadreCode(1, 1);
        assertThat(api.json(api.get(round.orgDept(), notices)).get(0).path("receivedAt").isNull())
            .as("not received before the cadre opens it (org-dept's reading is no receipt)").isTrue();
        assertThat(js.executeAsyncScript("var done = arguments[arguments.length - 1];"
            + "fetch(arguments[0]).then(function (r) { done(r.status + ' ' + r.headers.get('content-type')); })"
            + ".catch(function (e) { done(String(e)); });", pdf).toString()).startsWith("200 application/pdf");
        // 签收: the cadre's opening in the browser is the receipt, with its time, in the register and on the dashboard
        assertThat(api.json(api.get(round.orgDept(), notices)).get(0).path("receivedAt").asText()).startsWith("2");
        JsonNode receipts = api.json(api.get(round.orgDept(), path)).path("notices").get(0);
        assertThat(receipts.path("received").asInt()).as("received of %s", receipts).isEqualTo(1);
        // 站内消息: the receipt's notice was told to the cadre; opening the message opens the PDF and reads it
        browser.get("http://localhost:" + port + "/app/");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unread-count"))).getText()).isEqualTo("1");
        browser.findElement(By.id("messages-link")).click();
        org.openqa.selenium.WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#messages .message.unread")));
        Chromium.screenshot(browser, "dashboard-cadre-messages.png");
        assertThat(message.getText()).contains("通知", "新通知：述职述廉报告审核通过回执", "请及时查阅签收");
        message.findElement(By.tagName("button")).click();
        wait.until(page -> page.getCurrentUrl().endsWith(".pdf"));
        browser.get("http://localhost:" + port + "/app/messages");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")));
        assertThat(browser.findElements(By.id("unread-count"))).as("nothing unread").isEmpty();
        assertThat(browser.findElements(By.cssSelector("#messages .message.unread"))).isEmpty();
        // a message that is not theirs: back to their own list, no error page
        assertThat(js.executeAsyncScript("var done = arguments[arguments.length - 1];"
            + "var h = {}; h[document.querySelector('meta[name=csrf-header]').content] ="
            + " document.querySelector('meta[name=csrf-token]').content;"
            + "fetch('/app/messages/999999999/open', {method: 'POST', headers: h})"
            + ".then(function (r) { done(r.status + ' ' + new URL(r.url).pathname); })"
            + ".catch(function (e) { done(String(e)); });")).isEqualTo("200 /app/messages");

        // the dashboard is not a cadre's
        browser.get("http://localhost:" + port + "/app/campaigns/" + round.campaignId() + "/dashboard");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("考核看板");
      } finally {
        browser.quit();
      }
    } finally {
      late.restore();
    }
  }
}
