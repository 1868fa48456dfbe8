package id.livinglab.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The whole evaluation cycle in a real Chromium, on the demo's 2026 period (Pemdi, decimal values):
 * the operator fills two indicators with evidence, the coordinator submits, the assessor re-scores
 * one with a Revisi note, the administrator finalises, the portrait shows the official value.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentCycleBrowserIT extends ChromiumTest {

  private static final int YEAR = 2026;
  private static final String SUMEDANG = "32.11";

  @TempDir Path dir;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private Path pdf(String name) throws Exception {
    return Files.writeString(
        dir.resolve(name),
        "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
        StandardCharsets.US_ASCII);
  }

  @Test
  void fromSelfAssessmentToTheOfficialResultOnThePortrait() throws Exception {
    AssessmentPages.logInAs(driver, "operator.sumedang");
    var first =
        new AssessmentPages.Indicator(driver, YEAR, SUMEDANG, "1")
            .answer("2.5", "Bappeda", "Renja 2026 memuat RAN Pemdi <b>tebal</b>");
    assertTrue(
        AssessmentPages.message(driver).contains("Tersimpan"), AssessmentPages.message(driver));
    // 2.5 × 5 % and nothing elsewhere yet: the simulated index moves with the level, labelled so.
    assertTrue(first.simulation().startsWith("Indeks penilaian mandiri: 0.13"), first.simulation());
    assertTrue(first.simulation().contains("Simulasi"), first.simulation());
    first.upload(pdf("renja-2026.pdf"));
    assertEquals(List.of("renja-2026.pdf"), first.evidenceNames());
    assertTrue(first.trail().contains("<b>tebal</b>"), "a tag typed is shown as text");
    var second =
        new AssessmentPages.Indicator(driver, YEAR, SUMEDANG, "2")
            .answer("1.26", "Diskominfo", "Katalog layanan digital disusun");
    second.upload(pdf("katalog.pdf"));
    assertEquals(List.of("katalog.pdf"), second.evidenceNames());
    var sheet = new AssessmentPages.Sheet(driver, YEAR, SUMEDANG);
    assertTrue(sheet.selfIndex().contains("Simulasi"), sheet.selfIndex());
    // No official 2026 result yet: the portrait shows the instansi's own people a simulated index
    // (unanswered indicators at the minimum, 1.00), and nobody else.
    PortraitPage.open(driver, SUMEDANG, YEAR);
    String simulated = driver.findElement(By.id("portrait-simulated")).getText();
    assertTrue(simulated.contains("Simulasi"), simulated);
    assertTrue(
        new BigDecimal(driver.findElement(By.id("portrait-sim-index")).getText())
                .compareTo(BigDecimal.ONE)
            > 0,
        simulated);
    AssessmentPages.logInAs(driver, "operator.garut");
    PortraitPage.open(driver, SUMEDANG, YEAR);
    assertTrue(driver.findElements(By.id("portrait-simulated")).isEmpty(), "Garut sees none");
    driver.manage().deleteAllCookies();
    PortraitPage.open(driver, SUMEDANG, YEAR);
    assertTrue(driver.findElements(By.id("portrait-simulated")).isEmpty(), "nor the public");

    AssessmentPages.logInAs(driver, "koordinator.sumedang");
    sheet = new AssessmentPages.Sheet(driver, YEAR, SUMEDANG);
    sheet.submit();
    assertEquals("Dikirim", new AssessmentPages.Sheet(driver, YEAR, SUMEDANG).status());

    AssessmentPages.logInAs(driver, "admin");
    assertEquals("Penilaian Dokumen", new AssessmentPages.Worklist(driver).advance().stage());

    AssessmentPages.logInAs(driver, "asesor1");
    var reviewed =
        new AssessmentPages.Indicator(driver, YEAR, SUMEDANG, "1")
            .score("2", "Renja belum memuat arsitektur mikro");
    reviewed =
        new AssessmentPages.Indicator(driver, YEAR, SUMEDANG, "1")
            .verdict(0, "Revisi: bukti tidak tepat", "Unggah Renja yang sudah ditetapkan");
    assertEquals("2.00", reviewed.externalValue());
    assertTrue(reviewed.verdicts().get(0).contains("Revisi: bukti tidak tepat"));
    var sideBySide = new AssessmentPages.Sheet(driver, YEAR, SUMEDANG);
    assertEquals(List.of("2.50", "2.00", "-0.50"), sideBySide.row("1").subList(2, 5));
    assertTrue(sideBySide.highlightsDifference());

    AssessmentPages.logInAs(driver, "admin");
    var worklist = new AssessmentPages.Worklist(driver);
    worklist = worklist.advance().advance().advance();
    assertEquals("Finalisasi", worklist.stage());
    new AssessmentPages.Sheet(driver, YEAR, SUMEDANG).finalise();
    assertEquals("Final (hasil resmi)", new AssessmentPages.Sheet(driver, YEAR, SUMEDANG).status());

    // Indicator 1 re-scored to 2 (5 %), indicator 2 kept at 1.26 (5 %), the 18 others unanswered
    // at 1 (90 %): (10 + 6.3 + 90) / 100 = 1.063 → 1.06, Kurang.
    driver.get(Deployments.baseUrl() + "instansi/" + SUMEDANG + "?year=" + YEAR);
    PortraitPage portrait = new PortraitPage(driver);
    assertEquals("1,06", portrait.index());
    assertTrue(portrait.predicate().contains("Kurang"), portrait.predicate());
  }
}
