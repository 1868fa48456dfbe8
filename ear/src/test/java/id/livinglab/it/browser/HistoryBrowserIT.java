package id.livinglab.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Seven years of results in a real Chromium (issue 12): the portrait's trend and history with the
 * framework break and each year's source, the rankings' change column, a merged body's portrait,
 * and the map of the change between two years. Sumedang 2022–2024 and Bandung belong to no test
 * fixture, so their published figures are checked exactly.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HistoryBrowserIT extends ChromiumTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  private boolean present(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  @Test
  void thePortraitShowsEveryYearWithItsSourceAndTheFrameworkBreak() {
    driver.get(Deployments.baseUrl() + "instansi/32.04");

    // 2024 3.98 against 2023 3.48.
    assertEquals("▲ 0,50", text("portrait-change"));
    assertTrue(text("portrait-source").contains("Laporan Evaluasi SPBE Tahun 2024"));
    assertTrue(text("portrait-source").contains("(resmi)"), text("portrait-source"));
    assertTrue(present("portrait-official"));
    List<WebElement> years =
        driver.findElements(By.cssSelector("#portrait-history tbody tr[data-year]"));
    assertEquals(7, years.size());
    assertEquals("2018", years.get(0).getAttribute("data-year"));
    List<WebElement> breaks =
        driver.findElements(By.cssSelector("#portrait-history .ll-framework-break"));
    assertEquals(1, breaks.size());
    assertTrue(breaks.get(0).getText().contains("spbe-2018 → spbe-2020"), breaks.get(0).getText());
    String y2020 = rowOf(years, "2020");
    assertTrue(y2020.contains("pihak ketiga, hanya uji petik"), y2020);
    String y2022 = rowOf(years, "2022");
    assertTrue(y2022.contains("sesuai agregat resmi"), y2022);
    assertFalse(driver.findElements(By.cssSelector("#trend-chart canvas")).isEmpty());
  }

  private static String rowOf(List<WebElement> rows, String year) {
    return rows.stream()
        .filter(r -> year.equals(r.getAttribute("data-year")))
        .findFirst()
        .orElseThrow()
        .getText();
  }

  @Test
  void aThirdPartyYearSaysSoAndItsOfficialLevelsGiveTheCheapestSteps() {
    PortraitPage portrait = PortraitPage.open(driver, "32.11", 2022);

    assertEquals("3,84", portrait.index());
    assertTrue(present("portrait-reported"));
    assertTrue(text("portrait-third-party").contains("bukan laporan resmi"));
    assertTrue(text("portrait-remarks").contains("hanya dipantau"), text("portrait-remarks"));
    // Its 2022 levels are official (S3): 0.36 below Memuaskan (4.20), steps listed.
    assertTrue(portrait.stepsSummary().startsWith("0,36 poin di bawah Memuaskan"));
    assertEquals(3, portrait.steps().size());

    driver.get(Deployments.baseUrl() + "instansi/32.11?year=2022&lang=en");
    assertTrue(text("portrait-remarks").contains("monitored only"), text("portrait-remarks"));
    assertTrue(text("portrait-third-party").contains("not an official report"));
  }

  @Test
  void aYearWithoutAResultSaysSoAndOffersTheOthers() {
    // Kementerian Luar Negeri: evaluated in 2021, not in 2022 (evaluated every two years).
    driver.get(Deployments.baseUrl() + "instansi/P-012?year=2022");

    assertTrue(text("portrait-no-result").startsWith("Tidak ada hasil untuk tahun 2022"));
    assertTrue(text("portrait-years").contains("2021"), text("portrait-years"));
  }

  @Test
  void aMergedBodysPortraitSaysWhatBecameOfIt() {
    driver.get(Deployments.baseUrl() + "instansi/P-101");

    assertTrue(text("portrait-historic").contains("BRIN"), text("portrait-historic"));
    assertTrue(text("portrait-historic").contains("2018, 2019, 2020, 2021"));
    assertEquals(
        4, driver.findElements(By.cssSelector("#portrait-history tbody tr[data-year]")).size());
  }

  @Test
  void theRankingsShowTheChangeSinceThePreviousYearOfTheSameFramework() {
    driver.get(
        Deployments.baseUrl() + "benchmark/rankings.xhtml?year=2024&kind=kabupaten&province=32");

    String table = text("rankings");
    assertTrue(table.contains("dibanding 2023"), table);
    WebElement sumedang =
        driver.findElements(By.cssSelector("#rankings-rows tr")).stream()
            .filter(r -> r.getText().contains("Kab. Sumedang"))
            .findFirst()
            .orElseThrow();
    assertTrue(sumedang.getText().contains("▲ 0,37"), sumedang.getText());
    assertTrue(text("rankings-source").contains("Laporan Evaluasi SPBE Tahun 2024"));
    assertFalse(present("rankings-third-party"));

    driver.get(Deployments.baseUrl() + "benchmark/rankings.xhtml?year=2021&lang=en");
    assertTrue(text("rankings-third-party").contains("not an official report"));
    assertTrue(text("rankings-source").contains("third party, consistent with the official"));
    assertFalse(text("rankings").contains("since"));
  }

  @Test
  void theMapShowsTheChangeBetweenTwoYearsAndRefusesTwoFrameworks() {
    driver.get(
        Deployments.baseUrl()
            + "benchmark/map.xhtml?level=regency&metric=change&year=2024&from=2022");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> "true".equals(d.findElement(By.id("ll-map")).getAttribute("data-ready")));
    String legend = driver.findElement(By.cssSelector(".ll-legend")).getText();
    assertTrue(legend.contains("2022 → 2024"), legend);
    // Sumedang: 3.84 → 4.51, +0.67: the darkest green.
    assertEquals(
        "#15803d", driver.findElement(By.cssSelector("path.ll-region-32-11")).getAttribute("fill"));

    driver.get(
        Deployments.baseUrl()
            + "benchmark/map.xhtml?level=regency&metric=change&year=2024&from=2019");
    WebElement error =
        new WebDriverWait(driver, Duration.ofSeconds(20))
            .until(d -> d.findElement(By.cssSelector("#ll-map .ll-error")));
    assertTrue(error.getText().contains("tidak dapat dibandingkan"), error.getText());
  }

  @Test
  void aPemdiIndicatorShowsTheRelatedSpbeIndicatorsWithTheLatestOfficialLevel() throws Exception {
    // Garut's latest official SPBE 2020 levels before 2026, as the API gives them now (Cohort2021
    // may have replaced its 2021 levels on the platform).
    int levelYear = 0;
    JsonObject levels = null;
    var http = Deployments.http().build();
    for (int y = 2025; y >= 2021 && levels == null; y--) {
      var r =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(Deployments.baseUrl() + "api/v1/instansi/32.05/levels?year=" + y))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 200) {
        levelYear = y;
        levels = Json.createReader(new StringReader(r.body())).readObject().getJsonObject("levels");
      }
    }
    AssessmentPages.logInAs(driver, "koordinator.garut");
    driver.get(Deployments.baseUrl() + "assessment/indicator.xhtml?year=2026&code=32.05&no=1");

    assertTrue(text("crosswalk-warning").contains("bukan konversi nilai"));
    List<WebElement> rows = driver.findElements(By.cssSelector("#crosswalk tbody tr"));
    // Pemdi 1: SPBE 1, 2, 11, 12, 13 as primary, 10 and 19 as secondary.
    assertEquals(
        List.of("1", "2", "11", "12", "13", "10", "19"),
        rows.stream().map(r -> r.getAttribute("data-indicator")).toList());
    assertTrue(rows.get(0).getText().contains("utama"), rows.get(0).getText());
    assertTrue(rows.get(5).getText().contains("pendukung"), rows.get(5).getText());
    String expected =
        levels.getJsonNumber("1").bigDecimalValue().stripTrailingZeros().toPlainString();
    assertTrue(
        rows.get(0).getText().contains(expected + " (" + levelYear + ")"), rows.get(0).getText());

    driver.get(
        Deployments.baseUrl() + "assessment/indicator.xhtml?year=2026&code=32.05&no=1&lang=en");
    assertTrue(text("crosswalk-warning").contains("not a converted score"));
  }
}
