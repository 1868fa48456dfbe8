package id.livinglab.it.browser;

import id.livinglab.it.Deployments;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Page Object of {@code /benchmark/rankings.xhtml}. */
final class RankingsPage {

  private final WebDriver driver;

  private RankingsPage(WebDriver driver) {
    this.driver = driver;
  }

  /**
   * The 2023 rankings, whose published figures the tests check: the default year is the latest with
   * results, which moves as the cycle tests finalise assessments of later years.
   */
  static RankingsPage open(WebDriver driver) {
    driver.get(Deployments.baseUrl() + "benchmark/rankings.xhtml?year=2023");
    return new RankingsPage(driver);
  }

  RankingsPage filter(String kind, String provinceName) {
    new Select(driver.findElement(By.name("kind"))).selectByValue(kind);
    new Select(driver.findElement(By.name("province"))).selectByVisibleText(provinceName);
    driver.findElement(By.id("rankings-apply")).click();
    return this;
  }

  String summary() {
    return driver.findElement(By.id("rankings-summary")).getText();
  }

  /** The visible rows as "rank|name|index". */
  List<String> rows() {
    return driver.findElements(By.cssSelector("#rankings-rows tr")).stream()
        .map(row -> row.findElements(By.tagName("td")))
        .map(
            (List<WebElement> c) ->
                c.get(0).getText() + "|" + c.get(1).getText() + "|" + c.get(4).getText())
        .toList();
  }

  String exportHref(String format) {
    return driver.findElement(By.id("export-" + format)).getAttribute("href");
  }

  void nextPage() {
    driver.findElement(By.id("page-next")).click();
  }

  boolean hasPredicateChart() {
    return !driver.findElements(By.cssSelector("#predicate-chart canvas")).isEmpty();
  }
}
