package id.livinglab.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Cohort2021;
import id.livinglab.it.Deployments;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What official indicator levels show a visitor in a real Chromium: the portrait's cheapest steps
 * and the group simulation, on the five regions {@link Cohort2021} finalises for 2021.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LevelsBrowserIT extends ChromiumTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeAll
  static void finalisedLevels() throws Exception {
    Cohort2021.ensureFinalised();
  }

  @Test
  void thePortraitListsTheThreeCheapestStepsAndCountsTheRest() {
    PortraitPage portrait = PortraitPage.open(driver, "32.11", 2021);

    // All 47 at 4: seven one-level steps to Memuaskan, the heaviest (3.00 %) first.
    assertEquals("4,00", portrait.index());
    assertTrue(portrait.stepsSummary().startsWith("0,20 poin di bawah Memuaskan"));
    List<String> steps = portrait.steps();
    assertEquals(3, steps.size());
    assertTrue(steps.get(0).matches("4[2-7] .+: tingkat 4 → 5 \\(\\+0,03\\)"), steps.get(0));
    assertEquals("dan 4 indikator lagi.", portrait.stepsMore());
  }

  @Test
  void thePortraitSaysPlainlyWhenNoLevelsAreHeldAndAtTheTop() {
    String without = PortraitPage.open(driver, "32.11", 2023).stepsText();
    String top = PortraitPage.open(driver, "32.74", 2021).stepsText();

    assertEquals(
        "Langkah termurah dapat dihitung bila tingkat per indikator diketahui: sumber"
            + " memberikannya untuk 2021–2022, dan platform untuk setiap penilaian yang"
            + " difinalisasi.",
        without);
    assertTrue(top.startsWith("Sudah pada predikat tertinggi"), top);
  }

  @Test
  void theComparisonShowsTheLevelsPerIndicatorWhereTheyAreOfficial() {
    ComparePage finalised = ComparePage.open(driver, "32.11,32.05,32.74", 2021);

    // Kota Cirebon is a level above Sumedang everywhere, Garut one below: the heaviest indicator
    // (42, 3.00 %) has the largest gap × weight; the lightest (1–10, 1.30 %) come last.
    List<String> codes = finalised.indicatorCodes();
    assertEquals(47, codes.size());
    assertEquals("42", codes.get(0));
    assertEquals("10", codes.get(46));
    assertEquals(List.of("3,00", "4", "3\n(-1)", "5\n(+1)", "3,00"), finalised.indicatorRow("42"));

    ComparePage published = ComparePage.open(driver, "32.11,32.05", 2023);
    assertTrue(published.noIndicators().startsWith("Tingkat per indikator tidak diketahui"));
  }

  @Test
  void theCohortsAverageNowAndAfterWithTheMembersThatMoveItMostFirst() {
    GroupSimulationPage page =
        GroupSimulationPage.openFromHeader(driver)
            .simulate("Kohort Living Lab Jawa Barat 2023", "2021");

    assertTrue(page.heading().startsWith("Kohort Living Lab Jawa Barat 2023, 2021"));
    // The five of Cohort2021 and the shipped 2021 results of Bandung, Kab. Cirebon and Kota
    // Tasikmalaya: (4.00 + 3.00 + 2.00 + 2.55 + 5.00 + 2.98 + 1.91 + 2.68) / 8 = 3.015.
    assertEquals("3,02", page.averageNow());
    assertFalse(page.averageAfter().startsWith("3,02"), page.averageAfter());
    // Kota Cirebon is at the top and moves nothing: it comes last.
    List<String> codes = page.memberCodes();
    assertEquals(8, codes.size());
    assertEquals("32.74", codes.get(7));
    assertTrue(page.member("32.74").get(2).contains("sudah pada predikat tertinggi"));
    // Kuningan is at 2 everywhere: its cheapest steps start with 42–47 raised to 5.
    assertTrue(
        page.member("32.08").get(2).matches("20 langkah menuju Baik: 4[2-7] \\(2→5\\), .*"),
        page.member("32.08").get(2));
    assertTrue(page.hasChart());
  }

  @Test
  void underFiveMembersWithResultsTheAverageIsHiddenAndThePageSaysWhy() {
    GroupSimulationPage page =
        // Gorontalo: its province and three of its regions have a published 2021 result.
        GroupSimulationPage.openFromHeader(driver).simulate("Gorontalo", "2021");

    assertEquals(
        "Rata-rata dan kontribusi tidak ditampilkan: hanya 4 anggota dengan hasil (minimal 5).",
        page.hidden());
    assertEquals(4, page.memberCodes().size());
    assertFalse(page.hasChart());
  }
}
