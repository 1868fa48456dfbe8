package id.livinglab.it.browser;

import id.livinglab.it.Deployments;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page Object of {@code /benchmark/map.xhtml}. */
final class MapPage {

  private final WebDriver driver;

  private MapPage(WebDriver driver) {
    this.driver = driver;
  }

  /** The 2023 map, whose published figures the tests check (the default is the latest year). */
  static MapPage open(WebDriver driver, String level, String metric) {
    driver.get(
        Deployments.baseUrl()
            + "benchmark/map.xhtml?year=2023&level="
            + level
            + "&metric="
            + metric);
    MapPage page = new MapPage(driver);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> "true".equals(d.findElement(By.id("ll-map")).getAttribute("data-ready")));
    return page;
  }

  int regions() {
    return driver.findElements(By.cssSelector("path.ll-region")).size();
  }

  String fillOf(String code) {
    return region(code).getAttribute("fill");
  }

  String legend() {
    return driver.findElement(By.cssSelector(".ll-legend")).getText();
  }

  String tooltipOf(String code) {
    new Actions(driver).moveToElement(region(code)).perform();
    return new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> d.findElement(By.cssSelector(".leaflet-tooltip")))
        .getText();
  }

  void click(String code) {
    new Actions(driver).moveToElement(region(code)).click().perform();
  }

  private WebElement region(String code) {
    return driver.findElement(By.cssSelector("path.ll-region-" + code.replace(".", "-")));
  }
}
