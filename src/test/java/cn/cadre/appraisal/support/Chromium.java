package cn.cadre.appraisal.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium and chromedriver for the browser tests: no Selenium Manager, no downloads. */
public final class Chromium {

  public static final Path BROWSER = Path.of("/usr/bin/chromium");
  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  public static final String MISSING = "Chromium/chromedriver is not installed (apt-get install chromium chromium-driver), "
      + "so the browser test is skipped";

  private Chromium() {}

  public static boolean installed() {
    return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
  }

  /** Headless, in Chinese (zh-CN), with the flags this closed network needs, on a fresh profile. */
  public static WebDriver start(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
        "--user-data-dir=" + profile, "--lang=zh-CN");
    // as on the organisation's PCs: the webapps choose their locale by the browser's first language
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .build();
    return new ChromeDriver(service, options);
  }

  /** Saves what the browser shows under target/. */
  public static void screenshot(WebDriver driver, String fileName) throws IOException {
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.createDirectories(Path.of("target"));
    Files.copy(shot, Path.of("target", fileName), StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Signs in to Tasklist (its AngularJS form: the inputs carry no ids) and opens a task; answers the
   * wait used, for what the test looks for next.
   */
  public static org.openqa.selenium.support.ui.WebDriverWait openTask(WebDriver browser, String base, String user,
      String password, String taskId) {
    var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30));
    browser.get(base + "/camunda/app/tasklist/default/");
    wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
        org.openqa.selenium.By.cssSelector("form[name=signinForm] input[ng-model=username]"))).sendKeys(user);
    browser.findElement(org.openqa.selenium.By.cssSelector("form[name=signinForm] input[ng-model=password]")).sendKeys(password);
    browser.findElement(org.openqa.selenium.By.cssSelector("form[name=signinForm] button[type=submit]")).click();
    wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
        org.openqa.selenium.By.cssSelector("ol.tasks-list, .tasks-list")));
    browser.get(base + "/camunda/app/tasklist/default/#/?task=" + taskId);
    return wait;
  }
}
