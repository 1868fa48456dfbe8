package id.livinglab.it.browser;

import id.livinglab.it.Deployments;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Page Object of {@code /simulation/group.xhtml}. */
final class GroupSimulationPage {

  private final WebDriver driver;

  private GroupSimulationPage(WebDriver driver) {
    this.driver = driver;
  }

  /** Opens the page from the header link, as a visitor would. */
  static GroupSimulationPage openFromHeader(WebDriver driver) {
    driver.get(Deployments.baseUrl());
    Browser.post(driver, By.id("nav-group"));
    return new GroupSimulationPage(driver);
  }

  /** Chooses a group by its label and a year, and simulates. */
  GroupSimulationPage simulate(String groupLabel, String year) {
    new Select(driver.findElement(By.id("group-choice"))).selectByVisibleText(groupLabel);
    new Select(driver.findElement(By.id("group-year"))).selectByVisibleText(year);
    Browser.post(driver, By.id("group-apply"));
    return this;
  }

  String heading() {
    return driver.findElement(By.id("group-name")).getText();
  }

  String averageNow() {
    return driver.findElement(By.id("group-average-now")).getText();
  }

  String averageAfter() {
    return driver.findElement(By.id("group-average-after")).getText();
  }

  String hidden() {
    return driver.findElement(By.id("group-hidden")).getText();
  }

  /** Member codes in the order shown (the one that moves the group most first). */
  List<String> memberCodes() {
    return rows().stream().map(r -> r.getAttribute("data-code")).toList();
  }

  /** A member's row texts: name, now, plan, after, share. */
  List<String> member(String code) {
    return rows().stream()
        .filter(r -> code.equals(r.getAttribute("data-code")))
        .findFirst()
        .orElseThrow()
        .findElements(By.tagName("td"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  boolean hasChart() {
    return !driver.findElements(By.cssSelector("#group-chart canvas")).isEmpty();
  }

  private List<WebElement> rows() {
    return driver.findElements(By.cssSelector("#group-members tbody tr"));
  }
}
