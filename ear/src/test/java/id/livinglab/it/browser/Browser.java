package id.livinglab.it.browser;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver). Fails with a clear message when
 * it is not installed: browser tests are never skipped.
 */
final class Browser {

  private static final String CHROMIUM = System.getProperty("it.chromium", "/usr/bin/chromium");
  private static final String DRIVER =
      System.getProperty("it.chromedriver", "/usr/bin/chromedriver");

  private Browser() {}

  static WebDriver start() {
    if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
      throw new IllegalStateException(
          "Browser tests need Chromium: apt-get install -y chromium chromium-driver (looked for "
              + CHROMIUM
              + " and "
              + DRIVER
              + ")");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=id");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    return driver;
  }

  /**
   * Clicks a button that posts the whole page and waits until the next page has replaced it, so
   * that what the test reads next is the answer, not the page it came from.
   */
  static void post(WebDriver driver, By button) {
    WebElement clicked = driver.findElement(button);
    clicked.click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> replaced(clicked));
  }

  /**
   * Whether {@code element}'s page has been replaced. Chromium answers a question about a node of a
   * page being replaced either as stale or, in the middle of the navigation, with an inspector
   * error "Node with given id does not belong to the document": both mean the page is gone (seen on
   * the PostgreSQL pass, where the first kind was all {@code stalenessOf} knew).
   */
  private static boolean replaced(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }
}
