package id.livinglab.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

public class PredicateScaleTest {

  public static List<PredicateBand> spbeBands() {
    return List.of(
        new PredicateBand(new BigDecimal("0"), "Kurang", "Poor"),
        new PredicateBand(new BigDecimal("1.80"), "Cukup", "Fair"),
        new PredicateBand(new BigDecimal("2.60"), "Baik", "Good"),
        new PredicateBand(new BigDecimal("3.50"), "Sangat Baik", "Very good"),
        new PredicateBand(new BigDecimal("4.20"), "Memuaskan", "Excellent"));
  }

  @Test
  void spbeBandsOpenAtTheirCutPoints() {
    PredicateScale scale = new PredicateScale(spbeBands(), BandBoundary.UPPER_OPENS);

    assertEquals("Kurang", scale.grade(new BigDecimal("1.79")).getNameId());
    assertEquals("Cukup", scale.grade(new BigDecimal("1.80")).getNameId());
    assertEquals("Baik", scale.grade(new BigDecimal("3.4999")).getNameId());
    assertEquals("Sangat Baik", scale.grade(new BigDecimal("3.50")).getNameId());
    assertEquals("Sangat Baik", scale.grade(new BigDecimal("4.14")).getNameId());
    assertEquals("Memuaskan", scale.grade(new BigDecimal("5")).getNameId());
  }

  @Test
  void aCutPointClosingTheLowerBandKeepsTheValueBelow() {
    PredicateScale scale = new PredicateScale(spbeBands(), BandBoundary.LOWER_CLOSES);

    assertEquals("Baik", scale.grade(new BigDecimal("3.50")).getNameId());
    assertEquals("Sangat Baik", scale.grade(new BigDecimal("3.5001")).getNameId());
  }

  @Test
  void nextBandIsTheOneAbove() {
    PredicateScale scale = new PredicateScale(spbeBands(), BandBoundary.UPPER_OPENS);

    assertEquals("Memuaskan", scale.next(new BigDecimal("4.14")).orElseThrow().getNameId());
    assertEquals(true, scale.next(new BigDecimal("4.5")).isEmpty());
  }
}
