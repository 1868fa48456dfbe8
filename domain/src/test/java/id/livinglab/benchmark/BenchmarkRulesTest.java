package id.livinglab.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkRulesTest {

  private static List<BigDecimal> values(String... v) {
    return Arrays.stream(v).map(BigDecimal::new).toList();
  }

  @Test
  void equalValuesShareARankAndTheNextSkips() {
    List<BigDecimal> items = values("3.10", "4.14", "2.00", "4.14", "4.20");

    Map<BigDecimal, Integer> ranks = Ranks.competition(items, v -> v);

    assertEquals(1, ranks.get(items.get(4)));
    assertEquals(2, ranks.get(items.get(1)));
    assertEquals(2, ranks.get(items.get(3)));
    assertEquals(4, ranks.get(items.get(0)));
    assertEquals(5, ranks.get(items.get(2)));
  }

  @Test
  void statisticsOfAGroup() {
    GroupStatistics s = GroupStatistics.of(values("1", "2", "3", "4", "10"));

    assertEquals(5, s.count());
    assertEquals(0, new BigDecimal("4").compareTo(s.mean()));
    assertEquals(0, new BigDecimal("3").compareTo(s.median()));
    assertEquals(0, new BigDecimal("3.1623").compareTo(s.standardDeviation()));
    assertTrue(s.shown());
  }

  @Test
  void aGroupOfFourIsNotShownAndAnEmptyOneHasNoFigures() {
    assertFalse(GroupStatistics.of(values("1", "2", "3", "4")).shown());
    assertEquals(0, GroupStatistics.of(List.of()).count());
    assertEquals(
        0,
        new BigDecimal("2.5").compareTo(GroupStatistics.of(values("1", "2", "3", "4")).median()));
  }
}
