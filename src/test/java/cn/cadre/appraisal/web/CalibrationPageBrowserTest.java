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
import java.util.List;
import java.util.Map;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * The calibration page in headless Chromium, as the organisation department uses it: the link in
 * the calibration task's form, the Chinese sign-in page, the round's table with grades in Chinese,
 * a grade changed in the table with a reason (the quota shown as the change is made), and the
 * spreadsheet uploaded back — first with a row the server refuses (the row is named, nothing is
 * saved), then corrected. Screenshots in target/calibration-page-*.png. Skipped without Chromium.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CalibrationPageBrowserTest {


  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;

  private WebDriver browser;

  @Test
  void orgDeptCalibratesInTheTableAndThroughTheSpreadsheet() throws Exception {
    Assumptions.assumeTrue(Chromium.installed(), Chromium.MISSING);
    RoundDriver driver = RoundDriver.of(context);
    // a year of its own: other rounds of the shared application context stay open at calibration
    RoundDriver.Round round = driver.year(2061).toCalibration("cpb", 3, 4);
    long campaignId = round.campaignId();
    String orgDept = round.orgDept();
    String committee = round.committee();
    String password = RoundDriver.PASSWORD;
    RestClient api = new RestClient(rest, password);
    String table = "/api/campaigns/" + campaignId + "/calibration";
    String calibrationTask = driver.calibrationTask(round).getId();

    Path profile = Files.createTempDirectory("chromium-calibration");
    browser = Chromium.start(profile);
    try {
      WebDriverWait wait = Chromium.openTask(browser, base(), orgDept, password, calibrationTask);
      WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("打开统筹校准表")));
      assertThat(link.getDomAttribute("href")).isEqualTo("/app/campaigns/" + campaignId + "/calibration");
      Chromium.screenshot(browser, "calibration-page-0-tasklist-form.png");

      // the sign-in page: a wrong password is said in Chinese
      browser.get(base() + "/app/campaigns/" + campaignId + "/calibration");
      // (another user: a wrong password locks its user for a few seconds, and the page says so)
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(committee);
      browser.findElement(By.name("password")).sendKeys("wrong");
      browser.findElement(By.cssSelector("button[type=submit]")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".error"), "用户名或密码错误"));
      browser.findElement(By.name("username")).sendKeys(committee);
      browser.findElement(By.name("password")).sendKeys(password);
      browser.findElement(By.cssSelector("button[type=submit]")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".error"), "秒后重试"));
      browser.findElement(By.name("username")).sendKeys(orgDept);
      browser.findElement(By.name("password")).sendKeys(password);
      Chromium.screenshot(browser, "calibration-page-1-sign-in.png");
      browser.findElement(By.cssSelector("button[type=submit]")).click();

      // the table: every cadre, grades in Chinese, the quota
      wait.until(d -> d.findElements(By.cssSelector("#rows tr[data-code]")).size() == 12);
      assertThat(browser.findElement(By.id("quota-text")).getText()).contains("本轮被考核干部 12 名");
      assertThat(browser.findElement(By.id("rows")).getText()).doesNotContain("EXCELLENT", "COMPETENT").contains("称职");
      Chromium.screenshot(browser, "calibration-page-2-table.png");

      // a grade lowered in the table, with a reason (lowering is always allowed); the quota is shown before saving
      JsonNode first = api.json(api.get(orgDept, table)).path("rows").get(0);
      String code = first.path("cadreCode").asText();
      String lowered = lower(first.path("grade").asText());
      new Select(browser.findElement(By.cssSelector("select[data-code='" + code + "']"))).selectByVisibleText(lowered);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projection"), "未保存的调整 1 项"));
      browser.findElement(By.cssSelector("input.reason[data-code='" + code + "']")).sendKeys("同类单位正职比较，排名靠后");
      browser.findElement(By.id("save")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "已保存 1 项调整"));
      JsonNode changed = api.json(api.get(orgDept, table + "?flag=changed")).path("rows");
      assertThat(changed).extracting(r -> r.path("cadreCode").asText() + " " + r.path("grade").asText() + " "
          + r.path("calibrationReason").asText()).containsExactly(code + " " + lowered + " 同类单位正职比较，排名靠后");
      Chromium.screenshot(browser, "calibration-page-3-saved.png");

      // the spreadsheet: downloaded, one grade changed without a reason → refused, row named; then with one
      ResponseEntity<byte[]> xlsx = rest.withBasicAuth(orgDept, password)
          .exchange(table + ".xlsx", HttpMethod.GET, null, byte[].class);
      assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
      JsonNode second = api.json(api.get(orgDept, table)).path("rows").get(1);
      String other = second.path("cadreCode").asText();
      String otherLowered = lower(second.path("grade").asText());
      Path bad = Path.of("target", "calibration-upload-bad.xlsx").toAbsolutePath();
      Path good = Path.of("target", "calibration-upload-good.xlsx").toAbsolutePath();
      int badRow = edit(xlsx.getBody(), other, otherLowered, "", bad);
      edit(xlsx.getBody(), other, otherLowered, "述职测评均靠后", good);
      upload(wait, bad);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "第" + badRow + "行"));
      assertThat(browser.findElement(By.id("message")).getText()).contains("必须填写调整理由");
      Chromium.screenshot(browser, "calibration-page-4-upload-refused.png");
      assertThat(api.json(api.get(orgDept, table + "?flag=changed")).path("rows")).hasSize(1);
      upload(wait, good);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "已上传：调整 1 名干部的等次"));
      assertThat(api.json(api.get(orgDept, table + "?flag=changed")).path("rows")).extracting(r -> r.path("cadreCode").asText())
          .containsExactlyInAnyOrder(code, other);
      Chromium.screenshot(browser, "calibration-page-5-uploaded.png");
    } catch (Throwable failure) {
      Files.writeString(Path.of("target", "calibration-page-failure.html"), browser.getPageSource(), StandardCharsets.UTF_8);
      Chromium.screenshot(browser, "calibration-page-failure.png");
      throw failure;
    } finally {
      browser.quit();
      FileSystemUtils.deleteRecursively(profile);
    }

    // nobody but org-dept, the committee and administrators opens the page
    assertThat(rest.withBasicAuth(round.teamMember(1), password)
        .getForEntity(table, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** The next lower grade: lowering never breaks the quota. */
  private static String lower(String grade) {
    return switch (grade) {
      case "优秀" -> "称职";
      case "称职" -> "基本称职";
      default -> "不称职";
    };
  }

  private void upload(WebDriverWait wait, Path file) {
    WebElement input = browser.findElement(By.cssSelector("#upload input[type=file]"));
    input.sendKeys(file.toString());
    browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
  }

  /** Sets one cadre's 校准等次 and 调整理由 in the downloaded sheet; returns the row number as Excel shows it. */
  private static int edit(byte[] xlsx, String cadreCode, String grade, String reason, Path to) throws Exception {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row header = sheet.getRow(0);
      int gradeColumn = -1;
      int reasonColumn = -1;
      for (int c = 0; c < header.getLastCellNum(); c++) {
        String name = header.getCell(c).getStringCellValue();
        gradeColumn = "校准等次".equals(name) ? c : gradeColumn;
        reasonColumn = "调整理由".equals(name) ? c : reasonColumn;
      }
      for (Row row : sheet) {
        if (cadreCode.equals(row.getCell(0).getStringCellValue())) {
          row.getCell(gradeColumn).setCellValue(grade);
          (row.getCell(reasonColumn) == null ? row.createCell(reasonColumn) : row.getCell(reasonColumn)).setCellValue(reason);
          Files.createDirectories(to.getParent());
          try (OutputStream out = Files.newOutputStream(to)) {
            workbook.write(out);
          }
          return row.getRowNum() + 1;
        }
      }
    }
    throw new AssertionError(cadreCode + " not in the sheet");
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
