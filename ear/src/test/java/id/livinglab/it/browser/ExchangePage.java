package id.livinglab.it.browser;

import id.livinglab.it.Deployments;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The catalogue, a practice and an adoption page, as a user works them. */
final class ExchangePage {

  private final WebDriver driver;

  ExchangePage(WebDriver driver) {
    this.driver = driver;
  }

  /** Opens the catalogue and filters it by the indicator {@code key} with the form. */
  ExchangePage filterByIndicator(String key) {
    driver.get(Deployments.baseUrl() + "praktik-baik");
    new Select(driver.findElement(By.id("filter-indicator"))).selectByValue(key);
    submitting(() -> driver.findElement(By.id("practice-apply")).click());
    return this;
  }

  String list() {
    return driver.findElement(By.id("practice-list")).getText();
  }

  void openPractice(String title) {
    submitting(() -> driver.findElement(By.linkText(title)).click());
  }

  void openAdoption(String url) {
    driver.get(url);
  }

  /** From a practice's page: "Saya ingin mengadopsi", then send the interest. */
  void expressInterest() {
    submitting(() -> driver.findElement(By.id("practice-adopt")).click());
    submitting(() -> driver.findElement(By.id("start:start-submit")).click());
  }

  /** On an adoption's page: moves to {@code stage} with the fields given (id, text pairs). */
  void move(String stage, String... fields) {
    loaded();
    new Select(driver.findElement(By.id("move:stage"))).selectByValue(stage);
    for (int i = 0; i < fields.length; i += 2) {
      WebElement field = driver.findElement(By.id("move:" + fields[i]));
      if ("select".equals(field.getTagName())) {
        new Select(field).selectByValue(fields[i + 1]);
      } else {
        field.clear();
        field.sendKeys(fields[i + 1]);
      }
    }
    submitting(() -> driver.findElement(By.id("move:move-submit")).click());
  }

  /** Follows a link and waits for the next page, so that nothing is read from the old one. */
  void follow(By link) {
    submitting(() -> driver.findElement(link).click());
  }

  String stage() {
    return driver.findElement(By.id("adoption-stage")).getText();
  }

  String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  String message() {
    return AssessmentPages.message(driver);
  }

  private void submitting(Runnable action) {
    WebElement body = driver.findElement(By.tagName("body"));
    action.run();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(body));
    loaded();
  }

  /**
   * Whether the old page's element is gone. Chromium 156 answers an element of a replaced document
   * with "Node … does not belong to the document" rather than a stale-element error, which {@code
   * ExpectedConditions.stalenessOf} lets through as a failure: any error means gone.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.WebDriverException e) {
      return true;
    }
  }

  /** Waits until the current document has loaded, so no element of a page on its way is used. */
  private void loaded() {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(
            d ->
                "complete"
                        .equals(
                            ((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript("return document.readyState"))
                    && !d.findElements(By.tagName("footer")).isEmpty());
  }
}
