package id.livinglab.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.framework.BandBoundary;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.GradingBasis;
import id.livinglab.framework.NodeKind;
import id.livinglab.framework.PredicateScaleTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The regulation's worked example for domain D2 of PermenPANRB 59/2020, in a small tree. */
class ScorerTest {

  /** D2 (25) → A2 (10: indicators 11–14 at 2.5), A3 (10: 15–18), A4 (5: 19–20). */
  private static FrameworkVersion tataKelola() {
    FrameworkVersion f =
        new FrameworkVersion(
            "test",
            "Uji",
            "Test",
            null,
            BigDecimal.ONE,
            new BigDecimal("5"),
            BigDecimal.ONE,
            BandBoundary.UPPER_OPENS);
    f.getBands().addAll(PredicateScaleTest.spbeBands());
    int pos = 0;
    f.getNodes().add(node(f, null, "D2", NodeKind.DOMAIN, "25", pos++));
    f.getNodes().add(node(f, "D2", "A2", NodeKind.ASPECT, "10", pos++));
    f.getNodes().add(node(f, "D2", "A3", NodeKind.ASPECT, "10", pos++));
    f.getNodes().add(node(f, "D2", "A4", NodeKind.ASPECT, "5", pos++));
    for (int i = 11; i <= 20; i++) {
      String aspect = i <= 14 ? "A2" : i <= 18 ? "A3" : "A4";
      f.getNodes().add(node(f, aspect, String.valueOf(i), NodeKind.INDICATOR, "2.5", pos++));
    }
    return f;
  }

  private static FrameworkNode node(
      FrameworkVersion f, String parent, String code, NodeKind kind, String weight, int pos) {
    return new FrameworkNode(f, parent, code, kind, code, code, new BigDecimal(weight), pos);
  }

  private static Map<String, BigDecimal> levels(int... values) {
    Map<String, BigDecimal> levels = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      levels.put(String.valueOf(11 + i), BigDecimal.valueOf(values[i]));
    }
    return levels;
  }

  @Test
  void regulationExampleAspectIsThreeAndDomainIsThreeForty() {
    // A2 levels 3,4,3,2 → 3.00; A3 all 4 → 4.00; A4 all 3 → 3.00; D2 → 3.40.
    Score score = new Scorer(tataKelola()).score(levels(3, 4, 3, 2, 4, 4, 4, 4, 3, 3));

    assertEquals("3.00", Rounding.display(score.node("A2")).toPlainString());
    assertEquals("4.00", Rounding.display(score.node("A3")).toPlainString());
    assertEquals("3.40", Rounding.display(score.node("D2")).toPlainString());
    assertEquals(0, new BigDecimal("3.4").compareTo(score.index()));
  }

  @Test
  void levelZeroCountsAsZeroAndFlagsTheResultIncomplete() {
    Score score = new Scorer(tataKelola()).score(levels(0, 4, 3, 2, 4, 4, 4, 4, 3, 3));

    assertTrue(score.incomplete());
    assertEquals(List.of("11"), score.notAssessed());
    assertEquals("2.25", Rounding.display(score.node("A2")).toPlainString());
  }

  @Test
  void aLevelOutsideTheScaleIsRefusedNamingTheIndicator() {
    ScoringException e =
        assertThrows(
            ScoringException.class,
            () -> new Scorer(tataKelola()).score(levels(7, 4, 3, 2, 4, 4, 4, 4, 3, 3)));

    assertEquals(ScoringException.Reason.LEVEL_OUT_OF_SCALE, e.reason());
    assertEquals("11", e.field());
  }

  @Test
  void aHalfLevelIsOffTheWholeLevelStep() {
    Map<String, BigDecimal> levels = levels(3, 4, 3, 2, 4, 4, 4, 4, 3, 3);
    levels.put("12", new BigDecimal("2.5"));

    ScoringException e =
        assertThrows(ScoringException.class, () -> new Scorer(tataKelola()).score(levels));

    assertEquals(ScoringException.Reason.LEVEL_OFF_STEP, e.reason());
  }

  @Test
  void unknownAndMissingIndicatorsAreRefused() {
    Map<String, BigDecimal> extra = levels(3, 4, 3, 2, 4, 4, 4, 4, 3, 3);
    extra.put("99", BigDecimal.ONE);
    Map<String, BigDecimal> missing = levels(3, 4, 3, 2, 4, 4, 4, 4, 3);

    assertEquals(
        ScoringException.Reason.UNKNOWN_INDICATOR,
        assertThrows(ScoringException.class, () -> new Scorer(tataKelola()).score(extra)).reason());
    assertEquals(
        "20",
        assertThrows(ScoringException.class, () -> new Scorer(tataKelola()).score(missing))
            .field());
  }

  @Test
  void roundingIsHalfUpFromTheExactValue() {
    assertEquals("3.01", Rounding.display(new BigDecimal("3.005")).toPlainString());
    assertEquals("2.85", Rounding.display(new BigDecimal("2.845")).toPlainString());
    assertEquals("3.50", Rounding.display(new BigDecimal("3.4995")).toPlainString());
  }

  @Test
  void gradingBasisDecidesAnExactThreeFourNineNineFive() {
    FrameworkVersion framework = tataKelola();
    BigDecimal exact = new BigDecimal("3.4995");

    assertEquals("Baik", Grading.grade(framework, GradingBasis.EXACT, exact).getNameId());
    assertEquals("Sangat Baik", Grading.grade(framework, GradingBasis.ROUNDED, exact).getNameId());
  }
}
