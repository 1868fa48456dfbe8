package id.livinglab.it.browser;

import id.livinglab.it.Deployments;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code /simulation/index.xhtml}: start, levels, the simulated result, scenarios and the planner.
 * Every action is an AJAX update; each waits until the part it updates is replaced.
 */
final class SimulationPage {

  private static final By SUMMARY = By.id("sim:summary");
  private static final By PLANNER = By.id("sim:planner");
  private static final By FORM_PART = By.id("sim:rows");

  private final WebDriver driver;

  SimulationPage(WebDriver driver, int year, String code) {
    this.driver = driver;
    driver.get(Deployments.baseUrl() + "simulation/index.xhtml?year=" + year + "&code=" + code);
  }

  String title() {
    return driver.findElement(By.id("sim-title")).getText();
  }

  String index() {
    return driver.findElement(By.id("sim-index")).getText();
  }

  String predicate() {
    return driver.findElement(By.id("sim-predicate")).getText();
  }

  String change() {
    return driver.findElement(By.cssSelector("[id$='sim-change']")).getText();
  }

  /** Picks the start whose label contains {@code label}. */
  SimulationPage startFrom(String label) {
    WebElement choice =
        driver.findElement(
            By.xpath("//label[starts-with(@for,'sim:source') and contains(., '" + label + "')]"));
    if (!driver.findElement(By.id(choice.getAttribute("for"))).isSelected()) {
      replacing(FORM_PART, choice::click);
    }
    return this;
  }

  /** Types a level for indicator row {@code row} (0-based) and leaves the field. */
  SimulationPage level(int row, String value) {
    WebElement input = driver.findElement(By.id("sim:rows:" + row + ":level"));
    replacing(
        SUMMARY,
        () -> {
          input.clear();
          input.sendKeys(value, Keys.TAB);
        });
    return this;
  }

  String levelOf(int row) {
    return driver.findElement(By.id("sim:rows:" + row + ":level")).getAttribute("value");
  }

  SimulationPage saveScenario(String name) {
    WebElement field = driver.findElement(By.id("sim:scenario-name"));
    field.clear();
    field.sendKeys(name);
    replacing(FORM_PART, () -> driver.findElement(By.id("sim:save-scenario")).click());
    return this;
  }

  String scenarios() {
    return driver.findElements(By.id("sim:scenarios")).isEmpty()
        ? ""
        : driver.findElement(By.id("sim:scenarios")).getText();
  }

  /** The names of the scenarios listed, in their rows' order. */
  List<String> scenarioRows() {
    return driver.findElements(By.cssSelector("[id$=':open']")).stream()
        .map(WebElement::getText)
        .toList();
  }

  SimulationPage share(int row) {
    replacing(
        FORM_PART, () -> driver.findElement(By.id("sim:scenarios:" + row + ":share")).click());
    return this;
  }

  SimulationPage openScenario(int row) {
    replacing(FORM_PART, () -> driver.findElement(By.id("sim:scenarios:" + row + ":open")).click());
    return this;
  }

  /** Plans to an index value from the levels being tried. */
  SimulationPage planToIndex(String value) {
    driver
        .findElement(
            By.xpath("//label[starts-with(@for,'sim:kind') and contains(., 'Nilai indeks')]"))
        .click();
    WebElement field = driver.findElement(By.id("sim:value"));
    field.clear();
    field.sendKeys(value);
    replacing(PLANNER, () -> driver.findElement(By.id("sim:plan")).click());
    return this;
  }

  String planAnswer() {
    return driver.findElement(By.id("plan-answer")).getText();
  }

  String steps() {
    return driver.findElement(By.id("sim:steps")).getText();
  }

  SimulationPage applyPlan() {
    replacing(FORM_PART, () -> driver.findElement(By.id("sim:apply")).click());
    return this;
  }

  SimulationPage makeTasks(String owner, String deadline) {
    driver.findElement(By.id("sim:owner")).sendKeys(owner);
    driver.findElement(By.id("sim:deadline")).sendKeys(deadline);
    replacing(PLANNER, () -> driver.findElement(By.id("sim:make-tasks")).click());
    return this;
  }

  String message() {
    return AssessmentPages.message(driver);
  }

  /**
   * Runs {@code action} and waits until {@code part} and the messages, which every update renders,
   * are replaced.
   */
  private void replacing(By part, Runnable action) {
    WebElement before = driver.findElement(part);
    WebElement messages = driver.findElement(By.id("messages"));
    action.run();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.until(ExpectedConditions.stalenessOf(before));
    wait.until(ExpectedConditions.stalenessOf(messages));
  }
}
