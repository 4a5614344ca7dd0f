package cn.cadre.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.support.Chromium;
import cn.cadre.appraisal.support.RestClient;
import cn.cadre.appraisal.support.RoundDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * The negative-list page in headless Chromium, as an audit office's liaison uses it: the link in the
 * office's Tasklist form, the Chinese sign-in, the round's cadres filtered by name, a cadre marked in
 * the page, the spreadsheet downloaded and uploaded back (first refused with its row named and
 * nothing saved, then accepted), another office's list refused. Screenshots in
 * target/negative-list-page-*.png. Skipped without Chromium.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NegativeListPageBrowserTest {


  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;

  private WebDriver browser;

  @Test
  void anOfficeMarksItsCadresInThePageAndThroughTheSpreadsheet() throws Exception {
    Assumptions.assumeTrue(Chromium.installed(), Chromium.MISSING);
    RoundDriver.Round round = RoundDriver.of(context).year(2064).open("nlb", 2, 3);
    long campaignId = round.campaignId();
    String auditor = "nlb-aud";
    String password = RoundDriver.PASSWORD;
    RestClient api = new RestClient(rest, password);
    String list = "/api/campaigns/" + campaignId + "/negative-lists/AUDIT";
    String task = api.roundTask(auditor, "Task_NegativeList", campaignId);

    Path profile = Files.createTempDirectory("chromium-negative-list");
    browser = Chromium.start(profile);
    try {
      WebDriverWait wait = Chromium.openTask(browser, base(), auditor, password, task);
      WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("打开负面清单")));
      assertThat(link.getDomAttribute("href")).isEqualTo("/app/campaigns/" + campaignId + "/negative-lists/AUDIT");
      Chromium.screenshot(browser, "negative-list-page-0-tasklist-form.png");

      browser.get(base() + "/app/campaigns/" + campaignId + "/negative-lists/AUDIT");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(auditor);
      browser.findElement(By.name("password")).sendKeys(password);
      browser.findElement(By.cssSelector("button[type=submit]")).click();

      // the round's six cadres, none marked yet
      wait.until(d -> d.findElements(By.cssSelector("#rows tr[data-cadre]")).size() == 6);
      assertThat(browser.findElement(By.id("counts")).getText()).contains("本轮干部 6 人", "已标记有负面清单事项 0 人");
      assertThat(browser.findElement(By.tagName("h1")).getText()).contains("审计负面清单");
      Chromium.screenshot(browser, "negative-list-page-1-table.png");

      // found by name, marked in the page
      String code = round.cadreCode(2, 2);
      browser.findElement(By.cssSelector("#filters input[name=q]")).sendKeys(round.cadreName(2, 2));
      browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
      wait.until(d -> d.findElements(By.cssSelector("#rows tr[data-cadre]")).size() == 1);
      browser.findElement(By.cssSelector("#rows tr[data-cadre='" + code + "'] button")).click();
      WebElement editor = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[data-editor='" + code + "']")));
      editor.findElement(By.name("items")).sendKeys("2025年专项资金拨付程序不规范");
      new Select(editor.findElement(By.name("severity"))).selectByVisibleText("较重");
      editor.findElement(By.name("affectsGrade")).click();
      editor.findElement(By.cssSelector("button[type=submit]")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "已保存：" + round.cadreName(2, 2)));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("counts"), "已标记有负面清单事项 1 人"));
      JsonNode marked = api.json(api.get(auditor, list + "?marked=true")).path("rows").get(0);
      assertThat(marked.path("cadreCode").asText()).isEqualTo(code);
      assertThat(marked.path("severityLabel").asText()).isEqualTo("较重");
      assertThat(marked.path("affectsGrade").asBoolean()).isTrue();
      Chromium.screenshot(browser, "negative-list-page-2-marked.png");

      // the spreadsheet: a bad row is named and nothing saved; then the corrected sheet is applied
      byte[] xlsx = api.bytes(auditor, list + ".xlsx").getBody();
      Path bad = Path.of("target", "negative-list-upload-bad.xlsx").toAbsolutePath();
      Path good = Path.of("target", "negative-list-upload-good.xlsx").toAbsolutePath();
      int badRow = edit(xlsx, round.cadreCode(1, 1), "有", "", bad);
      edit(xlsx, round.cadreCode(1, 1), "有", "群众反映收受礼金", good);
      browser.findElement(By.cssSelector("#filters input[name=q]")).clear();
      browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
      upload(bad);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "第" + badRow + "行"));
      assertThat(browser.findElement(By.id("message")).getText()).contains("必须填写事项说明");
      assertThat(api.json(api.get(auditor, list)).path("marked").asInt()).isEqualTo(1);
      Chromium.screenshot(browser, "negative-list-page-3-upload-refused.png");
      upload(good);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "现已标记 2 人"));
      Chromium.screenshot(browser, "negative-list-page-4-uploaded.png");

      // another office's list is not this user's
      browser.get(base() + "/app/campaigns/" + campaignId + "/negative-lists/DISCIPLINE");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".error"), "只能查看本部门的负面清单"));
      Chromium.screenshot(browser, "negative-list-page-5-other-office.png");
    } catch (Throwable failure) {
      Files.writeString(Path.of("target", "negative-list-page-failure.html"), browser.getPageSource(), StandardCharsets.UTF_8);
      Chromium.screenshot(browser, "negative-list-page-failure.png");
      throw failure;
    } finally {
      browser.quit();
      FileSystemUtils.deleteRecursively(profile);
    }
    assertThat(rest.withBasicAuth("nlb-disc", password).getForEntity(list, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private void upload(Path file) {
    browser.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(file.toString());
    browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
  }

  /** Sets one cadre's 有无负面清单事项 and 事项说明 in the sheet; returns the row number as Excel shows it. */
  private static int edit(byte[] xlsx, String cadreCode, String has, String items, Path to) throws Exception {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      for (Row row : sheet) {
        if (cadreCode.equals(row.getCell(0).getStringCellValue())) {
          row.createCell(4).setCellValue(has);
          row.createCell(5).setCellValue(items);
          Files.createDirectories(to.getParent());
          try (OutputStream out = Files.newOutputStream(to)) {
            workbook.write(out);
          }
          return row.getRowNum() + 1;
        }
      }
    }
    throw new AssertionError("no row for " + cadreCode);
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
