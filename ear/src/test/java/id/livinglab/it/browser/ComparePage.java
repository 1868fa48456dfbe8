package id.livinglab.it.browser;

import id.livinglab.it.Deployments;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Page Object of {@code /benchmark/compare.xhtml}. */
final class ComparePage {

  private final WebDriver driver;

  private ComparePage(WebDriver driver) {
    this.driver = driver;
  }

  static ComparePage open(WebDriver driver) {
    driver.get(Deployments.baseUrl() + "benchmark/compare.xhtml");
    return new ComparePage(driver);
  }

  ComparePage compare(String codes) {
    WebElement input = driver.findElement(By.id("compare-codes"));
    input.clear();
    input.sendKeys(codes);
    driver.findElement(By.id("compare-apply")).click();
    return this;
  }

  List<String> columnHeadings() {
    return driver.findElements(By.cssSelector("#compare-table thead th")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The index row's cells, first column excluded. */
  List<String> indexRow() {
    return driver.findElements(By.cssSelector("#compare-table tbody tr:first-child td")).stream()
        .map(WebElement::getText)
        .toList();
  }

  List<String> gaps() {
    return driver.findElements(By.cssSelector("#compare-gaps li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  boolean hasCharts() {
    return driver.findElements(By.cssSelector("#compare-bar canvas, #compare-radar canvas")).size()
        == 2;
  }

  String error() {
    return driver.findElement(By.cssSelector(".ui-messages-error-summary")).getText();
  }
}
