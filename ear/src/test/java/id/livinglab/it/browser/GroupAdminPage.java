package id.livinglab.it.browser;

import id.livinglab.it.Deployments;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /admin/groups.xhtml}: the administrator's peer groups. */
final class GroupAdminPage {

  private final WebDriver driver;

  GroupAdminPage(WebDriver driver) {
    this.driver = driver;
    driver.get(Deployments.baseUrl() + "admin/groups.xhtml");
  }

  String list() {
    return driver.findElement(By.id("groups:list")).getText();
  }

  GroupAdminPage define(String code, String name, String members) {
    type("groups:code", code);
    type("groups:name", name);
    type("groups:members", members);
    updating(() -> driver.findElement(By.id("groups:save")).click());
    return this;
  }

  /** Removes the group in the row holding {@code code}, confirming the dialog. */
  GroupAdminPage remove(String code) {
    WebElement row =
        driver.findElement(
            By.xpath("//table[@id='groups:list']//tr[td[1][normalize-space()='" + code + "']]"));
    // The page asks "are you sure?" with the browser's own dialog; the test answers yes.
    ((JavascriptExecutor) driver).executeScript("window.confirm = () => true;");
    updating(() -> row.findElement(By.cssSelector("[id$=':remove']")).click());
    return this;
  }

  String message() {
    return AssessmentPages.message(driver);
  }

  private void type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private void updating(Runnable action) {
    WebElement messages = driver.findElement(By.id("messages"));
    action.run();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.stalenessOf(messages));
  }
}
