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
    // 2023, whose published figures the tests check (the default is the latest year).
    driver.get(Deployments.baseUrl() + "benchmark/compare.xhtml?year=2023");
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

  /** Opens the comparison of {@code codes} in {@code year} by its address, as a shared link. */
  static ComparePage open(WebDriver driver, String codes, int year) {
    driver.get(Deployments.baseUrl() + "benchmark/compare.xhtml?codes=" + codes + "&year=" + year);
    return new ComparePage(driver);
  }

  /** The indicator codes of the per-indicator table, in the order shown. */
  List<String> indicatorCodes() {
    return driver.findElements(By.cssSelector("#compare-indicators tbody tr")).stream()
        .map(r -> r.getAttribute("data-indicator"))
        .toList();
  }

  /** The cells of one indicator's row (weight, each instansi, gap × weight). */
  List<String> indicatorRow(String code) {
    return driver
        .findElement(By.cssSelector("#compare-indicators tbody tr[data-indicator='" + code + "']"))
        .findElements(By.tagName("td"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  /** What the per-indicator section says when no levels are known. */
  String noIndicators() {
    return driver.findElement(By.id("compare-indicators-none")).getText();
  }
}
