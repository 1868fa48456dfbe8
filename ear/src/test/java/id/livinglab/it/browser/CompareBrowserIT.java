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

/** The compare page in a real Chromium: columns, references, weighted gaps, charts, errors. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompareBrowserIT extends ChromiumTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void sumedangAgainstGarutBandungAndTheReferences() {
    ComparePage page = ComparePage.open(driver).compare("32.11,32.05,32.04");

    List<String> headings = page.columnHeadings();
    assertEquals("Pemerintah Kab. Sumedang", headings.get(1));
    assertTrue(headings.get(4).contains("Karawang"), headings.toString());
    assertTrue(headings.get(5).startsWith("10% teratas"), headings.toString());
    assertEquals(List.of("4,14", "3,29", "3,48", "4,38", "3,89"), page.indexRow());
    assertTrue(page.gaps().get(0).startsWith("D2: tertinggal 0,60 poin"), page.gaps().toString());
    assertTrue(page.hasCharts());
  }

  @Test
  void sixInstansiAreRefusedWithAClearMessage() {
    ComparePage page = ComparePage.open(driver).compare("32.11,32.05,32.04,32.08,32.09,32.10");

    assertEquals("Pilih 1 sampai 5 instansi.", page.error());
  }
}
