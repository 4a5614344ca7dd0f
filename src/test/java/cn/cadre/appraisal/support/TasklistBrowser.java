package cn.cadre.appraisal.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every Tasklist browser test does first: sign in, open the group filter, open a task, claim it. */
public final class TasklistBrowser {

  private static final By USERNAME = By.cssSelector("form[name=signinForm] input[ng-model=username]");
  private static final By PASSWORD = By.cssSelector("form[name=signinForm] input[ng-model=password]");
  private static final By SIGN_IN = By.cssSelector("form[name=signinForm] button[type=submit]");
  private static final By GROUP_FILTER =
      By.xpath("//section[contains(@class,'task-filters')]//h4/a[contains(normalize-space(),'本组待办')]");
  private static final By CLAIM = By.cssSelector("button.claim");

  private TasklistBrowser() {}

  /** Signs in as the user, opens 本组待办 and the task of that name, and claims it; its form is then shown. */
  public static void claim(WebDriver driver, WebDriverWait wait, int port, String user, String password,
      String taskName) {
    By task = By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[normalize-space()='"
        + taskName + "']");
    driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME)).sendKeys(user);
    driver.findElement(PASSWORD).sendKeys(password);
    driver.findElement(SIGN_IN).click();
    wait.until(d -> { d.findElement(GROUP_FILTER).click(); return true; });
    wait.until(d -> { d.findElement(task).click(); return true; });
    wait.until(ExpectedConditions.elementToBeClickable(CLAIM)).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(CLAIM));
  }
}
