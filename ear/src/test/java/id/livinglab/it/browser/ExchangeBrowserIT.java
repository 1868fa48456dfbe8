package id.livinglab.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The exchange in Chromium: Garut's coordinator finds a Sumedang practice by the indicator it
 * raises, expresses interest, Sumedang confirms, Garut goes through to DITERAPKAN with evidence (a
 * move without it is refused and changes nothing), Sumedang verifies, and the practice shows Garut
 * among its users and in its lineage, in both languages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExchangeBrowserIT extends ChromiumTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void garutAdoptsASumedangPracticeThroughToVerified() {
    AssessmentPages.logInAs(driver, "koordinator.garut");
    ExchangePage page = new ExchangePage(driver);
    page.filterByIndicator("spbe-2020:37");
    assertTrue(page.list().contains("e-Office Desa"), page.list());
    assertTrue(driver.getCurrentUrl().contains("indicator=spbe-2020%3A37"), driver.getCurrentUrl());
    page.openPractice("e-Office Desa");
    page.expressInterest();
    assertEquals("Minat", page.stage());
    String adoption = driver.getCurrentUrl();

    AssessmentPages.logInAs(driver, "koordinator.sumedang");
    page.follow(By.id("ll-inbox"));
    String inbox = page.text("inbox");
    assertTrue(inbox.contains("Pemerintah Kab. Garut berminat mengadopsi"), inbox);
    page.follow(By.partialLinkText("Pemerintah Kab. Garut berminat"));
    assertEquals(adoption, driver.getCurrentUrl());
    page.move("DIKONFIRMASI", "note", "Silakan, kami dampingi");
    assertEquals("Dikonfirmasi", page.stage());

    AssessmentPages.logInAs(driver, "koordinator.garut");
    page.openAdoption(adoption);
    page.move(
        "PERSIAPAN", "problem", "Surat desa masih manual", "resources", "Tim Diskominfo, 2 orang");
    assertEquals("Persiapan", page.stage());
    page.move("RENCANA", "mode", "PENDAMPINGAN", "adaptation", "Disesuaikan untuk 42 desa");
    page.move("UJI_COBA");
    page.move("DITERAPKAN");
    assertTrue(page.message().contains("bukti"), page.message());
    assertEquals("Uji coba", page.stage());
    page.move("DITERAPKAN", "evidence", "https://eoffice-desa.garutkab.go.id");
    assertEquals("Diterapkan", page.stage());

    AssessmentPages.logInAs(driver, "koordinator.sumedang");
    page.openAdoption(adoption);
    page.move("TERVERIFIKASI");
    assertEquals("Terverifikasi", page.stage());
    assertEquals(1, driver.findElements(By.id("statement-pdf")).size(), "the statement is offered");
    assertEquals(0, driver.findElements(By.id("move")).size(), "nothing follows");

    page.follow(By.id("to-practice"));
    String usedBy = page.text("lineage");
    assertTrue(
        page.text("used-by-title").startsWith("Digunakan oleh 1 instansi"),
        page.text("used-by-title"));
    assertTrue(usedBy.contains("Pemerintah Kab. Garut"), usedBy);
    assertTrue(usedBy.contains("Terverifikasi"), usedBy);
    assertTrue(usedBy.contains("generasi 1"), usedBy);
    assertTrue(usedBy.contains("Disesuaikan untuk 42 desa"), usedBy);

    driver.get(driver.getCurrentUrl() + "?lang=en");
    assertTrue(
        page.text("used-by-title").startsWith("Used by 1 bodies"), page.text("used-by-title"));
    assertTrue(page.text("lineage").contains("Verified"), page.text("lineage"));
  }

  @Test
  void theMapShowsWhoLearnedFromWhom() {
    driver.get(Deployments.baseUrl() + "praktik-baik/peta");
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
        .until(d -> d.findElement(By.id("ll-spread")).getAttribute("data-arcs") != null);
    int arcs = Integer.parseInt(driver.findElement(By.id("ll-spread")).getAttribute("data-arcs"));
    // The eight adoptions the news reported, and whatever other tests added.
    assertTrue(arcs >= 8, "arcs: " + arcs);
    assertTrue(
        driver.findElements(By.cssSelector("#ll-spread path.leaflet-interactive")).size() >= arcs,
        "one line per arc");
    String top = driver.findElement(By.id("spread-top")).getText();
    assertTrue(top.contains("Pemerintah Kab. Sumedang"), top);
  }
}
