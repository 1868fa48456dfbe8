package id.livinglab.it.browser;

import id.livinglab.it.Deployments;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Page Objects of the evaluation cycle: the worklist with the administrator's stage control, an
 * instansi's assessment sheet, and one indicator's page.
 */
final class AssessmentPages {

  private AssessmentPages() {}

  /** Switches to another user in the same browser: log out (new session), log in. */
  static void logInAs(WebDriver driver, String user) {
    driver.manage().deleteAllCookies();
    LoginPage.open(driver).logInAs(user, "demo");
  }

  /**
   * The page's messages. An ajax answer may replace the element between finding and reading it:
   * then it is read again from the new page.
   */
  static String message(WebDriver driver) {
    for (int attempt = 0; ; attempt++) {
      try {
        List<WebElement> m = driver.findElements(By.cssSelector(".ui-messages"));
        return m.isEmpty() ? "" : m.get(0).getText();
      } catch (StaleElementReferenceException e) {
        if (attempt == 4) {
          throw e;
        }
      }
    }
  }

  /** {@code /assessment/index.xhtml}. */
  static final class Worklist {
    private final WebDriver driver;

    Worklist(WebDriver driver) {
      this(driver, true);
    }

    /** The worklist opened afresh, or ({@code open} false) the one the browser shows now. */
    private Worklist(WebDriver driver, boolean open) {
      this.driver = driver;
      if (open) {
        driver.get(Deployments.baseUrl() + "assessment/index.xhtml");
      }
    }

    /** The administrator closes the open stage of the only open period and opens the next. */
    Worklist advance() {
      Browser.post(driver, By.cssSelector("#periods button[id$=':advance']"));
      return new Worklist(driver);
    }

    String stage() {
      return driver.findElement(By.cssSelector("#periods .ll-stage")).getText();
    }

    String periodsTable() {
      return driver.findElement(By.id("periods")).getText();
    }

    /**
     * Opens the period of {@code year} with the dates of the stage in {@code row} of the calendar
     * (0: Penilaian Mandiri … 4: Finalisasi), the others left empty.
     */
    Worklist openPeriod(String year, int row, String from, String to) {
      driver.findElement(By.id("open:year")).sendKeys(year);
      driver.findElement(By.id("open:dates:" + row + ":from")).sendKeys(from);
      driver.findElement(By.id("open:dates:" + row + ":to")).sendKeys(to);
      Browser.post(driver, By.id("open:submit"));
      return new Worklist(driver, false);
    }
  }

  /** {@code /assessment/sheet.xhtml}. */
  static final class Sheet {
    private final WebDriver driver;

    Sheet(WebDriver driver, int year, String code) {
      this.driver = driver;
      driver.get(Deployments.baseUrl() + "assessment/sheet.xhtml?year=" + year + "&code=" + code);
    }

    void submit() {
      Browser.post(driver, By.id("actions:submit"));
    }

    void finalise() {
      Browser.post(driver, By.id("actions:finalise"));
    }

    String status() {
      return driver.findElement(By.id("sheet-status")).getText();
    }

    String selfIndex() {
      return driver.findElement(By.id("sheet-self-index")).getText();
    }

    /** Cells of the row of indicator {@code no}: indicator, aspect, self, external, difference. */
    List<String> row(String no) {
      for (WebElement tr : driver.findElements(By.cssSelector("#rows tbody tr"))) {
        List<String> cells =
            tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        if (cells.get(0).startsWith(no + ". ")) {
          return cells;
        }
      }
      throw new AssertionError("no row for indicator " + no);
    }

    boolean highlightsDifference() {
      return !driver.findElements(By.cssSelector("#rows .ll-differs")).isEmpty();
    }
  }

  /** {@code /assessment/indicator.xhtml}. */
  static final class Indicator {
    private final WebDriver driver;

    Indicator(WebDriver driver, int year, String code, String no) {
      this.driver = driver;
      driver.get(
          Deployments.baseUrl()
              + "assessment/indicator.xhtml?year="
              + year
              + "&code="
              + code
              + "&no="
              + no);
    }

    Indicator answer(String level, String opd, String explanation) {
      type("self:level", level);
      type("self:opd", opd);
      type("self:explanation", explanation);
      Browser.post(driver, By.id("self:save"));
      return this;
    }

    Indicator upload(Path file) {
      driver.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
      Browser.post(driver, By.id("upload:send"));
      return this;
    }

    List<String> evidenceNames() {
      return driver.findElements(By.cssSelector("#evidence tbody tr td:first-child")).stream()
          .map(WebElement::getText)
          .filter(s -> !s.isBlank())
          .toList();
    }

    Indicator score(String level, String note) {
      type("review:external", level);
      type("review:externalNote", note);
      Browser.post(driver, By.id("review:score"));
      return this;
    }

    Indicator verdict(int evidenceIndex, String kindLabel, String note) {
      new Select(driver.findElement(By.id("verdict:on"))).selectByIndex(evidenceIndex + 1);
      new Select(driver.findElement(By.id("verdict:kind"))).selectByVisibleText(kindLabel);
      type("verdict:note", note);
      Browser.post(driver, By.id("verdict:give"));
      return this;
    }

    List<String> verdicts() {
      return driver.findElements(By.cssSelector("#verdicts tbody tr")).stream()
          .map(WebElement::getText)
          .filter(s -> !s.isBlank())
          .toList();
    }

    String simulation() {
      return driver.findElement(By.id("indicator-simulation")).getText();
    }

    String externalValue() {
      return driver.findElement(By.id("external-value")).getText();
    }

    String trail() {
      return driver.findElement(By.id("trail")).getText();
    }

    private void type(String id, String text) {
      WebElement e = driver.findElement(By.id(id));
      e.clear();
      e.sendKeys(text);
    }
  }
}
