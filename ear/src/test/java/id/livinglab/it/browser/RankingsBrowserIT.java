package id.livinglab.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The rankings page in a real Chromium: filters, paging, the chart, and the exports. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RankingsBrowserIT extends ChromiumTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void allResultsArePagedBestFirst() {
    RankingsPage page = RankingsPage.open(driver);

    assertTrue(page.summary().startsWith("621 instansi"), page.summary());
    List<String> first = page.rows();
    assertEquals(25, first.size());
    assertTrue(first.get(0).startsWith("1|"), first.get(0));
    assertTrue(page.hasPredicateChart());
    // Without a page in the address the pager still names the page it shows (not "null").
    assertEquals("Halaman 1 dari 25", driver.findElement(By.id("page-current")).getText());

    page.nextPage();
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> page.rows().get(0).startsWith("25|"));
    // Row 26 ties at 4.17 with rows 25 and 27: all three share national rank 25.
    assertEquals("25|Pemerintah Kab. Pesisir Selatan|4,17", page.rows().get(0));
  }

  @Test
  void filteredToKabupatenInJawaBaratAndExportedWithTheFilters() throws Exception {
    RankingsPage page = RankingsPage.open(driver).filter("kabupaten", "Jawa Barat");
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(ExpectedConditions.urlContains("province=32"));

    assertTrue(page.summary().startsWith("18 instansi"), page.summary());
    assertTrue(
        driver.findElement(By.id("rankings-statistics")).getText().startsWith("Rata-rata 3,"),
        driver.findElement(By.id("rankings-statistics")).getText());
    assertEquals("8|Pemerintah Kab. Karawang|4,38", page.rows().get(0));
    assertEquals("29|Pemerintah Kab. Sumedang|4,14", page.rows().get(1));

    HttpResponse<byte[]> csv = download(page.exportHref("csv"));
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    List<String> lines = text.lines().toList();
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains(".csv"));
    assertEquals(19, lines.size(), "a header and the 18 filtered rows");
    assertTrue(lines.get(0).contains("\"Peringkat nasional\""), lines.get(0));
    assertTrue(lines.get(2).startsWith("29,\"32.11\",\"Pemerintah Kab. Sumedang\""), lines.get(2));

    HttpResponse<byte[]> xlsx = download(page.exportHref("xlsx"));
    String sheet = entry(xlsx.body(), "xl/worksheets/sheet1.xml");
    assertEquals(19, sheet.split("<row ").length - 1);
    assertTrue(sheet.contains("Pemerintah Kab. Sumedang"));
    assertTrue(sheet.contains("<v>4.14</v>"));

    HttpResponse<byte[]> pdf = download(page.exportHref("pdf"));
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));
    assertTrue(pdf.body().length > 2000, pdf.body().length + " bytes");
  }

  private static HttpResponse<byte[]> download(String href) throws Exception {
    HttpResponse<byte[]> response =
        Deployments.http()
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode(), href);
    return response;
  }

  private static String entry(byte[] zip, String name) throws Exception {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name + " missing from the workbook");
  }

  @Test
  void thePortraitShowsRanksAndTheDistanceToTheNextPredicate() {
    driver.get(Deployments.baseUrl() + "instansi/32.11?year=2023");

    assertEquals("29 dari 621", driver.findElement(By.id("rank-national")).getText());
    assertEquals("2 dari 28", driver.findElement(By.id("rank-province")).getText());
    assertTrue(driver.findElement(By.id("portrait-next")).getText().contains("0,06"));
    assertTrue(!driver.findElements(By.cssSelector("#trend-chart canvas")).isEmpty());
  }
}
