package id.livinglab.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** What a civil servant sees in a real Chromium: login, own portrait, languages, errors. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortraitBrowserIT extends ChromiumTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void operatorSumedangLogsInAndLandsOnSumedangsPortrait() {
    LoginPage.open(driver).logInAs("operator.sumedang", "demo");

    assertTrue(
        driver.getCurrentUrl().endsWith("/livinglab/instansi/32.11"), driver.getCurrentUrl());
    PortraitPage portrait = new PortraitPage(driver);
    assertEquals("Pemerintah Kab. Sumedang", portrait.name());
    assertEquals("Operator", portrait.userRole());
    // The landing portrait shows the latest year with results, which the cycle tests may have
    // finalised; the published 2023 figures are checked on the 2023 view.
    driver.get(Deployments.baseUrl() + "instansi/32.11?year=2023");
    assertEquals("4,14", portrait.index());
    assertEquals("Sangat Baik", portrait.predicate());
    assertEquals("Operator", portrait.userRole());
    assertEquals(
        List.of("D1|5,00|Memuaskan", "D2|3,60|Sangat Baik", "D3|2,55|Cukup", "D4|4,76|Memuaskan"),
        portrait.domains());
    assertTrue(portrait.hasDomainChart());
  }

  @Test
  void aWrongPasswordSaysSoAndStaysOnTheLoginPage() {
    LoginPage login = LoginPage.open(driver);
    login.logInAs("koordinator.sumedang", "salah");

    assertEquals("Nama pengguna atau kata sandi salah.", login.errorMessage());
    assertTrue(driver.getCurrentUrl().contains("login"));
  }

  @Test
  void thePortraitIsPublicAndSwitchesToEnglish() {
    PortraitPage portrait = PortraitPage.open(driver, "32.05", 2023);
    assertEquals("Baik", portrait.predicate());
    assertEquals("3,29", portrait.index());

    driver.get(Deployments.baseUrl() + "instansi/32.05?year=2023&lang=en");

    assertEquals("Pemerintah Kab. Garut", portrait.name());
    assertEquals("Good", portrait.predicate());
    assertEquals("3.29", portrait.index());
    assertTrue(driver.findElement(By.tagName("body")).getText().contains("Official result"));
  }

  @Test
  void anUnknownCodeIsA404PageInTheUsersLanguage() {
    driver.get(Deployments.baseUrl() + "instansi/99.99");

    assertEquals("Halaman tidak ditemukan", driver.findElement(By.id("error-title")).getText());
  }

  @Test
  void theHomePageChartsTheNationalIndex() {
    driver.get(Deployments.baseUrl());

    assertTrue(!driver.findElements(By.cssSelector("#national-chart canvas")).isEmpty());
    assertEquals(7, driver.findElements(By.cssSelector("#national-table tbody tr")).size());
  }

  @Test
  void searchFindsSumedangByName() {
    driver.get(Deployments.baseUrl());
    driver.findElement(By.id("ll-q")).sendKeys("sumedang");
    driver.findElement(By.cssSelector(".ll-search button")).click();
    driver.findElement(By.linkText("Pemerintah Kab. Sumedang")).click();

    assertEquals("Pemerintah Kab. Sumedang", new PortraitPage(driver).name());
  }
}
