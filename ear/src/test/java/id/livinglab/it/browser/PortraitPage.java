package id.livinglab.it.browser;

import id.livinglab.it.Deployments;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Page Object of {@code /instansi/{code}}. */
final class PortraitPage {

  private final WebDriver driver;

  PortraitPage(WebDriver driver) {
    this.driver = driver;
  }

  static PortraitPage open(WebDriver driver, String code) {
    driver.get(Deployments.baseUrl() + "instansi/" + code);
    return new PortraitPage(driver);
  }

  String name() {
    return driver.findElement(By.id("portrait-name")).getText();
  }

  String index() {
    return driver.findElement(By.id("portrait-index")).getText();
  }

  String predicate() {
    return driver.findElement(By.id("portrait-predicate")).getText();
  }

  String userRole() {
    return driver.findElement(By.id("ll-user-role")).getText();
  }

  /** Rows of the domain table as "code|value|predicate". */
  List<String> domains() {
    return driver.findElements(By.cssSelector("#portrait-domains tbody tr")).stream()
        .map(row -> row.findElements(By.tagName("td")))
        .map(
            (List<WebElement> c) ->
                c.get(0).getText() + "|" + c.get(2).getText() + "|" + c.get(3).getText())
        .toList();
  }

  boolean hasDomainChart() {
    return !driver.findElements(By.cssSelector("#domain-chart canvas")).isEmpty();
  }

  /** Opens the portrait of {@code code} in {@code year}. */
  static PortraitPage open(WebDriver driver, String code, int year) {
    driver.get(Deployments.baseUrl() + "instansi/" + code + "?year=" + year);
    return new PortraitPage(driver);
  }

  /** The line before the cheapest steps ("0,20 poin di bawah Memuaskan: …"). */
  String stepsSummary() {
    return driver.findElement(By.id("portrait-steps-summary")).getText();
  }

  /** The cheapest steps listed, one text per indicator. */
  List<String> steps() {
    return driver.findElements(By.cssSelector("#portrait-steps-list li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  String stepsMore() {
    return driver.findElement(By.id("portrait-steps-more")).getText();
  }

  /** The whole steps block: what it says without levels or at the top. */
  String stepsText() {
    return driver.findElement(By.id("portrait-steps")).getText();
  }
}
