package cn.cadre.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.support.Chromium;
import cn.cadre.appraisal.support.RestClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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
 * A new user's first sign-in in headless Chromium: Tasklist refuses the one-time password and says
 * where to set one; the application's sign-in leads straight to the password page, which explains
 * the rules, refuses a weak password in Chinese, and then lets the user in — and Tasklist with the
 * new password. Screenshots in target/password-page-*.png. Skipped without Chromium.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PasswordPageBrowserTest {

  private static final By TASKLIST_USER = By.cssSelector("form[name=signinForm] input[ng-model=username]");
  private static final By TASKLIST_PASSWORD = By.cssSelector("form[name=signinForm] input[ng-model=password]");
  private static final By TASKLIST_SIGN_IN = By.cssSelector("form[name=signinForm] button[type=submit]");

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;

  @Test
  void aNewUserSetsTheirPasswordAtTheFirstSignIn() throws Exception {
    Assumptions.assumeTrue(Chromium.installed(), Chromium.MISSING);
    RestClient admin = new RestClient(rest, "admin");
    ResponseEntity<String> imported = admin.post("admin", "/api/roster", Map.of(
        "units", List.of(Map.of("code", "pwb-u", "name", "密码测试局", "category", "DEPARTMENT")),
        "cadres", List.of(Map.of("code", "pwb-c1", "name", "密码甲", "position", "局长", "role", "PRINCIPAL",
            "unitCode", "pwb-u", "userId", "pwb-c1"))));
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
    String oneTime = admin.json(imported).path("credentials").get(0).path("oneTimePassword").asText();

    Path profile = Files.createTempDirectory("chromium-password");
    WebDriver browser = Chromium.start(profile);
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      // Tasklist refuses the one-time password
      browser.get(base() + "/camunda/app/tasklist/default/");
      wait.until(ExpectedConditions.visibilityOfElementLocated(TASKLIST_USER)).sendKeys("pwb-c1");
      browser.findElement(TASKLIST_PASSWORD).sendKeys(oneTime);
      browser.findElement(TASKLIST_SIGN_IN).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".page-notifications"),
          "首次登录须先设置自己的密码"));
      Chromium.screenshot(browser, "password-page-0-tasklist-refused.png");
      assertThat(browser.findElements(By.cssSelector("ol.tasks-list"))).as("not signed in").isEmpty();

      // the application's sign-in leads to the password page
      browser.get(base() + "/app/");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys("pwb-c1");
      browser.findElement(By.name("password")).sendKeys(oneTime);
      browser.findElement(By.cssSelector("button[type=submit]")).click();
      wait.until(ExpectedConditions.urlContains("/app/password"));
      assertThat(browser.findElement(By.tagName("main")).getText()).contains("一次性密码", "至少 10 位");
      browser.get(base() + "/app/");
      wait.until(ExpectedConditions.urlContains("/app/password")); // nothing else before the password

      fill(browser, oneTime, "abc", "abc");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-error")));
      assertThat(browser.findElement(By.id("password-error")).getText()).contains("至少 10 个字符", "大写字母");
      Chromium.screenshot(browser, "password-page-1-refused.png");
      fill(browser, oneTime, "Browser#Pass2026", "Browser#Pass2027");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password-error"), "两次输入的新密码不一致"));
      fill(browser, oneTime, "Browser#Pass2026", "Browser#Pass2026");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-changed")));
      Chromium.screenshot(browser, "password-page-2-changed.png");
    } catch (Throwable failure) {
      Files.writeString(Path.of("target", "password-page-failure.html"), browser.getPageSource(), StandardCharsets.UTF_8);
      Chromium.screenshot(browser, "password-page-failure.png");
      throw failure;
    } finally {
      browser.quit();
      FileSystemUtils.deleteRecursively(profile);
    }
    assertThat(new RestClient(rest, "Browser#Pass2026").get("pwb-c1", "/engine-rest/task").getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private static void fill(WebDriver browser, String current, String password, String repeat) {
    browser.findElement(By.name("currentPassword")).sendKeys(current);
    browser.findElement(By.name("newPassword")).sendKeys(password);
    browser.findElement(By.name("confirmPassword")).sendKeys(repeat);
    browser.findElement(By.cssSelector("main button[type=submit]")).click();
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
