package id.livinglab.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.framework.FrameworkFiles;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.NodeKind;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-indicator comparison on the shipped SPBE 2020, checked by hand. */
class IndicatorComparisonTest {

  private static final FrameworkVersion SPBE =
      FrameworkFiles.read(FrameworkFiles.shipped("spbe-2020"));

  private static Map<String, BigDecimal> all(int level, Map<String, Integer> except) {
    Map<String, BigDecimal> levels = new HashMap<>();
    for (FrameworkNode n : SPBE.nodesOfKind(NodeKind.INDICATOR)) {
      levels.put(n.getCode(), BigDecimal.valueOf(except.getOrDefault(n.getCode(), level)));
    }
    return levels;
  }

  @Test
  void gapsComeFirstByGapTimesWeightAndAnUnknownInstansiHasNoColumnValues() {
    // The subject is 3 everywhere; the other is 4 on indicator 1 (weight 1.30), 5 on 11 (2.50) and
    // 2 on 42 (3.00): 11 gains 2 × 2.50 = 5.00, 1 gains 1.30, 42 is no gap (the subject is ahead).
    Map<String, Map<String, BigDecimal>> official =
        Map.of("a", all(3, Map.of()), "b", all(3, Map.of("1", 4, "11", 5, "42", 2)));

    Comparison.Indicators t = IndicatorComparison.of(SPBE, List.of("a", "b", "c"), official);

    assertEquals(Map.of("a", true, "b", true, "c", false), t.known());
    assertEquals(47, t.rows().size());
    assertEquals(List.of("11", "1", "2"), t.rows().stream().limit(3).map(r -> r.code()).toList());
    assertEquals(0, new BigDecimal("5.00").compareTo(t.rows().get(0).weighted()));
    assertEquals(0, new BigDecimal("2").compareTo(t.rows().get(0).differences().get("b")));
    Comparison.IndicatorRow row42 =
        t.rows().stream().filter(r -> r.code().equals("42")).findFirst().orElseThrow();
    assertEquals(0, new BigDecimal("-1").compareTo(row42.differences().get("b")));
    assertNull(row42.weighted());
    assertFalse(row42.values().containsKey("c"));
  }

  @Test
  void withoutTheSubjectsLevelsThereAreValuesButNoDifferences() {
    Comparison.Indicators t =
        IndicatorComparison.of(SPBE, List.of("a", "b"), Map.of("b", all(2, Map.of())));

    assertTrue(t.any());
    assertEquals("1", t.rows().get(0).code());
    assertEquals(Map.of(), t.rows().get(0).differences());
  }

  @Test
  void noLevelsKnownMeansNoRows() {
    Comparison.Indicators t = IndicatorComparison.of(SPBE, List.of("a", "b"), Map.of());

    assertFalse(t.any());
    assertEquals(List.of(), t.rows());
  }
}
