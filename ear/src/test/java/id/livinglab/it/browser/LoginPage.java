package id.livinglab.it.browser;

import id.livinglab.it.Deployments;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Page Object of {@code /login.xhtml}. */
final class LoginPage {

  private final WebDriver driver;

  private LoginPage(WebDriver driver) {
    this.driver = driver;
  }

  static LoginPage open(WebDriver driver) {
    driver.get(Deployments.baseUrl() + "login.xhtml");
    return new LoginPage(driver);
  }

  void logInAs(String username, String password) {
    driver.findElement(By.id("login:username")).sendKeys(username);
    driver.findElement(By.id("login:password")).sendKeys(password);
    Browser.post(driver, By.id("login:submit"));
  }

  String errorMessage() {
    return driver.findElement(By.cssSelector(".ui-messages-error-summary")).getText();
  }
}
