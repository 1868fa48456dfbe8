package id.livinglab.it.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

/** A browser test: each test opens its pages in a fresh headless Chromium, closed afterwards. */
abstract class ChromiumTest {

  protected WebDriver driver;

  @BeforeEach
  void openBrowser() {
    driver = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    driver.quit();
  }
}
