package id.livinglab.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The administrator's peer-group page in Chromium: an unknown member code is named and nothing is
 * stored, a group is defined and removed, the shipped cohort cannot be removed, and an operator is
 * refused the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GroupAdminBrowserIT extends ChromiumTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void theAdministratorDefinesAndRemovesAGroup() {
    AssessmentPages.logInAs(driver, "admin");
    GroupAdminPage page = new GroupAdminPage(driver);
    assertTrue(page.list().contains("Kohort bawaan"), page.list());

    page.define("uji-priangan", "Priangan Timur (uji)", "32.11, 32.05\n99.99");
    assertTrue(page.message().contains("99.99"), page.message());
    assertFalse(new GroupAdminPage(driver).list().contains("uji-priangan"), "nothing stored");

    page =
        new GroupAdminPage(driver)
            .define("uji-priangan", "Priangan Timur (uji)", "32.11, 32.05 32.07");
    assertTrue(page.message().contains("3 anggota"), page.message());
    assertTrue(page.list().contains("Priangan Timur (uji)"), page.list());

    page.remove("uji-priangan");
    assertTrue(page.message().contains("dihapus"), page.message());
    assertFalse(page.list().contains("uji-priangan"), page.list());

    AssessmentPages.logInAs(driver, "operator.sumedang");
    driver.get(Deployments.baseUrl() + "admin/groups.xhtml");
    assertEquals(1, driver.findElements(By.id("error-title")).size(), driver.getTitle());
  }
}
