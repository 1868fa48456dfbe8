package id.livinglab.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The map in a real Chromium: every region drawn, coloured by predicate, tooltips, clicks. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MapBrowserIT extends ChromiumTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void everyKabupatenAndKotaIsDrawnAndColouredByPredicate() {
    MapPage map = MapPage.open(driver, "regency", "predicate");

    assertEquals(514, map.regions());
    // Sumedang is Sangat Baik (light green); Karawang Memuaskan (dark green).
    assertEquals("#7cb342", map.fillOf("32.11"));
    assertEquals("#1e7d32", map.fillOf("32.15"));
    assertTrue(map.legend().contains("Sangat Baik"), map.legend());
  }

  @Test
  void aTooltipShowsTheFiguresAndAClickOpensThePortrait() {
    MapPage map = MapPage.open(driver, "regency", "index");

    String tip = map.tooltipOf("32.11");
    assertTrue(tip.contains("Kabupaten Sumedang") && tip.contains("4,14"), tip);

    map.click("32.11");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/instansi/32.11"));
    assertEquals("Pemerintah Kab. Sumedang", new PortraitPage(driver).name());
  }

  @Test
  void provincesAreDrawnToo() {
    assertEquals(38, MapPage.open(driver, "province", "index").regions());
  }
}
