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
 * 综合考核 in headless Chromium: org-dept uploads the year's scheme as a workbook and opens the round (a
 * unit of a category without a scheme refused); the office's table: the link in its Tasklist form, the Chinese sign-in,
 * a score above full points refused with the unit and indicator named and nothing saved, the corrected
 * table saved (a veto item answered 否 in a list), a value corrected in the downloaded .xlsx and uploaded, the page read-only once the task is completed, and
 * org-dept's results page in the review: ranks and grades, a grade changed with a reason, the round on
 * the home page.
 * Screenshots in target/scoring-sheet-*.png. Skipped without Chromium.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ScoringSheetBrowserTest {

  private static final String PASSWORD = "Scoring#Page26";
  private static final String OD = "sb-od";
  private static final String OFFICE_USER = "sb-s1";
  private static final int YEAR = 2042;

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;

  @Test
  void anOfficeScoresItsUnitsInThePage() throws Exception {
    Assumptions.assumeTrue(Chromium.installed(), Chromium.MISSING);
    RestClient admin = new RestClient(rest, "admin");
    ResponseEntity<String> office = admin.post("admin", "/api/offices", Map.of("code", "SB_STAT", "name", "页面统计局",
        "groupId", "sb-stat", "askedByDefault", false));
    assertThat(office.getStatusCode()).as(office.getBody()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> imported = admin.post("admin", "/api/roster", Map.of(
        "units", List.of(Map.of("code", "sb-a", "name", "甲企业", "category", "STATE_OWNED_ENTERPRISE"),
            Map.of("code", "sb-b", "name", "乙企业", "category", "STATE_OWNED_ENTERPRISE"),
            RosterRows.unit("sb-x", "页面测试机关")),
        "cadres", List.of(RosterRows.cadre("sb-c1", "冯一", "董事长", "PRINCIPAL", "sb-a", "1972-03-01", PASSWORD)),
        "staff", List.of(RosterRows.staff(OD, "组织部干部", "sb-x", AppraisalGroup.ORG_DEPT.id(), PASSWORD),
            RosterRows.staff(OFFICE_USER, "统计员", "sb-x", "sb-stat", PASSWORD))));
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
    RestClient api = new RestClient(rest, PASSWORD);
    Path schemeFile = schemeWorkbook();

    Path profile = Files.createTempDirectory("chromium-scoring");
    WebDriver browser = Chromium.start(profile);
    try {
      // org-dept: the scheme uploaded as a workbook, the round opened for the two enterprises ticked
      browser.get(base() + "/app/login");
      WebDriverWait signIn = new WebDriverWait(browser, java.time.Duration.ofSeconds(30));
      signIn.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(OD);
      browser.findElement(By.name("password")).sendKeys(PASSWORD);
      browser.findElement(By.cssSelector("button[type=submit]")).click();
      signIn.until(ExpectedConditions.visibilityOfElementLocated(By.id("scoring-link"))).click();
      WebElement upload = signIn.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-scheme")));
      upload.findElement(By.cssSelector("input[type=file]")).sendKeys(schemeFile.toAbsolutePath().toString());
      upload.findElement(By.cssSelector("button[type=submit]")).click();
      signIn.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
          "已导入" + YEAR + "年度国有企业综合考核指标体系（2 项指标）"));
      signIn.until(ExpectedConditions.textToBePresentInElementLocated(By.id("schemes"), YEAR + " 国有企业"));
      WebElement open = browser.findElement(By.id("open-scoring"));
      open.findElement(By.name("year")).clear();
      open.findElement(By.name("year")).sendKeys(String.valueOf(YEAR));
      open.findElement(By.cssSelector("input[name=unit][value=sb-a]")).click();
      open.findElement(By.cssSelector("input[name=unit][value=sb-x]")).click();
      open.findElement(By.cssSelector("button[type=submit]")).click();
      signIn.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
          "页面测试机关属于“部门”，" + YEAR + "年度该类别没有考核指标体系"));
      open.findElement(By.cssSelector("input[name=unit][value=sb-x]")).click();
      open.findElement(By.cssSelector("input[name=unit][value=sb-b]")).click();
      open.findElement(By.cssSelector("button[type=submit]")).click();
      signIn.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
          "已开启" + YEAR + "年度综合考核评分：2 个单位，评分任务已派给 页面统计局"));
      Chromium.screenshot(browser, "scoring-sheet-00-opened.png");
      Files.deleteIfExists(schemeFile);
      long found = -1;
      for (JsonNode r : api.json(api.get(OD, "/api/scoring-rounds"))) {
        found = r.path("year").asInt() == YEAR ? r.path("id").asLong() : found;
      }
      long id = found;
      String page = "/app/scoring-rounds/" + id + "/offices/SB_STAT";
      String task = api.task(OFFICE_USER, "Task_EnterIndicatorScores", "页面统计局");
      browser.manage().deleteAllCookies();

      WebDriverWait wait = Chromium.openTask(browser, base(), OFFICE_USER, PASSWORD, task);
      WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("打开评分页面")));
      assertThat(link.getDomAttribute("href")).isEqualTo(page);
      Chromium.screenshot(browser, "scoring-sheet-0-tasklist-form.png");

      browser.get(base() + page); // Tasklist's sign-in started afresh: the application asks again
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(OFFICE_USER);
      browser.findElement(By.name("password")).sendKeys(PASSWORD);
      browser.findElement(By.cssSelector("button[type=submit]")).click();
      wait.until(d -> d.findElements(By.cssSelector("#sheet-rows tr[data-unit]")).size() == 4);
      assertThat(browser.findElement(By.tagName("h1")).getText()).contains(YEAR + "年度综合考核评分", "页面统计局");
      // the office's home page lists its table too
      browser.get(base() + "/app/");
      WebElement mine = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scoring-sheets")));
      assertThat(mine.findElement(By.linkText(YEAR + "年度综合考核评分 · 页面统计局")).getDomAttribute("href")).isEqualTo(page);
      browser.get(base() + page);
      wait.until(d -> d.findElements(By.cssSelector("#sheet-rows tr[data-unit]")).size() == 4);
      assertThat(browser.findElement(By.id("counts")).getText()).contains("共 4 项（单位 × 指标），已填 0 项");

      // above full points: refused, the unit and indicator named, nothing saved
      value(browser, "sb-a", "D1").sendKeys("120");
      browser.findElement(By.id("save")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
          "（甲企业）“利润总额”：应在 0–100 之间，不是 120"));
      assertThat(api.json(api.get(OFFICE_USER, "/api/scoring-rounds/" + id + "/offices/SB_STAT/sheet"))
          .path("rowsEntered").asInt()).isZero();
      Chromium.screenshot(browser, "scoring-sheet-1-refused.png");

      value(browser, "sb-a", "D1").clear();
      value(browser, "sb-a", "D1").sendKeys("88");
      value(browser, "sb-b", "D1").sendKeys("76.5");
      new org.openqa.selenium.support.ui.Select(value(browser, "sb-a", "X1")).selectByVisibleText("否");
      new org.openqa.selenium.support.ui.Select(value(browser, "sb-b", "X1")).selectByVisibleText("否");
      browser.findElement(By.id("save")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "已保存 4 项得分"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("counts"), "已填 4 项"));
      JsonNode saved = api.json(api.get(OFFICE_USER, "/api/scoring-rounds/" + id + "/offices/SB_STAT/sheet"));
      assertThat(saved.path("rows").findValuesAsText("value")).containsExactly("88", "0", "76.5", "0");
      Chromium.screenshot(browser, "scoring-sheet-2-saved.png");

      // the whole table as a spreadsheet: downloaded, 乙企业's profit corrected to 80 in Excel, uploaded here
      Path xlsx = Files.createTempFile("scoring-sheet", ".xlsx");
      try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
          api.bytes(OFFICE_USER, "/api/scoring-rounds/" + id + "/offices/SB_STAT/sheet.xlsx").getBody()));
          var out = Files.newOutputStream(xlsx)) {
        for (var row : workbook.getSheetAt(0)) {
          if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("sb-b")
              && row.getCell(3).getStringCellValue().equals("D1")) {
            row.getCell(9).setCellValue(80);
          }
        }
        workbook.write(out);
      }
      browser.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(xlsx.toAbsolutePath().toString());
      browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "已上传"));
      assertThat(value(browser, "sb-b", "D1").getDomProperty("value")).isEqualTo("80");
      Files.deleteIfExists(xlsx);

      // the task completed: the page shows the table final
      api.complete(OFFICE_USER, task, Map.of());
      browser.navigate().refresh();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sheet-state"), "已提交"));
      assertThat(value(browser, "sb-a", "D1").isEnabled()).isFalse();
      assertThat(browser.findElement(By.id("save")).isEnabled()).isFalse();
      Chromium.screenshot(browser, "scoring-sheet-3-submitted.png");

      // org-dept's results page during the review: 88 and 80 among two SOEs, 好 and 较好; a grade changed
      // with a reason (refused without one), and the home page lists the round
      org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
          "REVIEW".equals(api.json(api.get(OD, "/api/scoring-rounds/" + id)).path("status").asText()));
      browser.manage().deleteAllCookies();
      browser.get(base() + "/app/scoring-rounds/" + id);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(OD);
      browser.findElement(By.name("password")).sendKeys(PASSWORD);
      browser.findElement(By.cssSelector("button[type=submit]")).click();
      wait.until(d -> d.findElements(By.cssSelector("#units tr[data-unit]")).size() == 2);
      WebElement second = browser.findElement(By.cssSelector("#units tr[data-unit='sb-b']"));
      assertThat(second.getText()).contains("2/2", "乙企业", "80", "较好");
      assertThat(browser.findElement(By.id("offices")).getText()).contains("页面统计局已提交");
      assertThat(browser.findElement(By.id("spreads")).getText()).contains("国有企业/D1 利润总额", "页面统计局", "8%", "是");
      new org.openqa.selenium.support.ui.Select(second.findElement(By.name("grade"))).selectByVisibleText("一般");
      second.findElement(By.tagName("button")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "调整单位等次必须填写理由"));
      second = browser.findElement(By.cssSelector("#units tr[data-unit='sb-b']"));
      new org.openqa.selenium.support.ui.Select(second.findElement(By.name("grade"))).selectByVisibleText("一般");
      second.findElement(By.name("reason")).sendKeys("核查发现部分数据不实");
      second.findElement(By.tagName("button")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "乙企业的等次已调整"));
      wait.until(d -> d.findElement(By.cssSelector("#units tr[data-unit='sb-b'] td.grade")).getText().equals("一般"));
      assertThat(browser.findElement(By.cssSelector("#units tr[data-unit='sb-b']")).getText())
          .contains("组织部调整：核查发现部分数据不实");
      JsonNode last = api.json(api.get(OD, "/api/scoring-rounds/" + id + "/history"));
      assertThat(last.get(last.size() - 1).path("reason").asText()).isEqualTo("核查发现部分数据不实");
      assertThat(last.get(last.size() - 1).path("actor").asText()).isEqualTo(OD);
      Chromium.screenshot(browser, "scoring-sheet-4-results.png");
      browser.get(base() + "/app/");
      WebElement home = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scoring-rounds")));
      assertThat(home.getText()).contains(YEAR + "年度综合考核评分", "组织部审核", "页面统计局（已提交）");
    } catch (Throwable failure) {
      Files.writeString(Path.of("target", "scoring-sheet-failure.html"), browser.getPageSource(), StandardCharsets.UTF_8);
      Chromium.screenshot(browser, "scoring-sheet-failure.png");
      throw failure;
    } finally {
      browser.quit();
      FileSystemUtils.deleteRecursively(profile);
    }
  }

  /** The enterprises' scheme as an organisation department passes it around: sheets 考核指标 and 体系设置. */
  private static Path schemeWorkbook() throws java.io.IOException {
    Path file = Files.createTempFile("scheme", ".xlsx");
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(file)) {
      var indicators = workbook.createSheet("考核指标");
      String[][] rows = {
          {"指标编码", "指标名称", "类别", "性质", "满分", "权重", "责任单位编码", "计分方法", "目标值", "个性指标单位编码"},
          {"D1", "利润总额", "发展实绩", "计分指标", "100", "100", "SB_STAT", "直接评分", "", ""},
          {"X1", "重大安全事故", "", "一票否决", "", "", "SB_STAT", "", "", ""}};
      for (int r = 0; r < rows.length; r++) {
        var row = indicators.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (!rows[r][c].isEmpty()) {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      var settings = workbook.createSheet("体系设置");
      String[][] pairs = {{"年度", String.valueOf(YEAR)}, {"单位类别", "国有企业"}, {"计分公式", "加权求和"}};
      for (int r = 0; r < pairs.length; r++) {
        settings.createRow(r).createCell(0).setCellValue(pairs[r][0]);
        settings.getRow(r).createCell(1).setCellValue(pairs[r][1]);
      }
      workbook.write(out);
    }
    return file;
  }

  private static WebElement value(WebDriver browser, String unit, String indicator) {
    return browser.findElement(By.cssSelector("#sheet-rows tr[data-unit='" + unit + "'][data-indicator='" + indicator
        + "'] [name=value]"));
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
