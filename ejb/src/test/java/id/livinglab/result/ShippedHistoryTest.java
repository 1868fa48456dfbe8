package id.livinglab.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.common.ShippedFiles;
import id.livinglab.framework.FrameworkFiles;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.NodeKind;
import id.livinglab.scoring.Rounding;
import id.livinglab.scoring.Score;
import id.livinglab.scoring.Scorer;
import id.livinglab.support.Csv;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped history 2018–2024 as the loader reads it, checked against its own totals. */
class ShippedHistoryTest {

  private static final BigDecimal THOUSANDTH = new BigDecimal("0.001");

  private static final String[] RESULT_FILES = {
    "spbe/results-2018-2022.csv", "spbe/results-2023.csv", "spbe/results-2024.csv"
  };

  @Test
  void everyYearHasTheRowsTheSourcesPublished() {
    Map<String, Long> perYear = new TreeMap<>();
    for (String file : RESULT_FILES) {
      ShippedFiles.csv(file).forEach(r -> perYear.merge(r.get("year"), 1L, Long::sum));
    }
    assertEquals(
        Map.of(
            "2018", 616L, "2019", 615L, "2020", 554L, "2021", 517L, "2022", 554L, "2023", 621L,
            "2024", 615L),
        perYear);
  }

  @Test
  void everyResultNamesABodyOfTheRegisterOrOfItsHistory() {
    Set<String> known = new HashSet<>();
    ShippedFiles.csv("spbe/instansi.csv").forEach(r -> known.add(r.get("code")));
    ShippedFiles.csv("spbe/instansi-historic.csv").forEach(r -> known.add(r.get("code")));
    Set<String> sources =
        ShippedFiles.csv("spbe/sources.csv").stream()
            .map(r -> r.get("code"))
            .collect(Collectors.toSet());
    for (String file : RESULT_FILES) {
      for (Csv.Row row : ShippedFiles.csv(file)) {
        assertTrue(known.contains(row.get("instansi_code")), row.get("instansi_code"));
        assertTrue(row.get("source").isEmpty() || sources.contains(row.get("source")));
      }
    }
    for (Csv.Row row : ShippedFiles.csv("spbe/kemenpanrb-codes.csv")) {
      assertTrue(known.contains(row.get("instansi_code")), row.get("instansi_code"));
    }
  }

  @Test
  void theIndicatorLevelsReproduceEveryIndexAndDomain() {
    FrameworkVersion f = FrameworkFiles.read(FrameworkFiles.shipped("spbe-2020"));
    Scorer scorer = new Scorer(f);
    Map<String, String> printed = new HashMap<>();
    ShippedFiles.csv("spbe/results-2018-2022.csv")
        .forEach(r -> printed.put(r.get("year") + "/" + r.get("instansi_code"), r.get("indeks")));
    int rows = 0;
    int halfUpAboveSource = 0;
    for (Csv.Row row : ShippedFiles.csv("spbe/indicator-levels-2021-2022.csv")) {
      Map<String, BigDecimal> levels = new HashMap<>();
      for (FrameworkNode n : f.nodesOfKind(NodeKind.INDICATOR)) {
        BigDecimal level = new BigDecimal(row.get("i" + n.getCode()));
        assertTrue(level.compareTo(f.getLevelMin()) >= 0 && level.compareTo(f.getLevelMax()) <= 0);
        levels.put(n.getCode(), level);
      }
      Score score = scorer.score(levels);
      String who = row.get("year") + "/" + row.get("instansi_code");
      assertClose(new BigDecimal(row.get("indeks")), score.index(), who);
      for (FrameworkNode d : f.nodesOfKind(NodeKind.DOMAIN)) {
        assertClose(
            new BigDecimal(row.get(d.getCode().toLowerCase())), score.node(d.getCode()), who);
      }
      BigDecimal shown = Rounding.display(score.index());
      assertEquals(new BigDecimal(row.get("indeks_rounded")), shown, who);
      BigDecimal source = new BigDecimal(printed.get(who));
      if (shown.compareTo(source) != 0) {
        // The source rounded an exact ...5 down; half-up gives one cent more (flagged in note).
        assertEquals(new BigDecimal("0.01"), shown.subtract(source), who);
        halfUpAboveSource++;
      }
      rows++;
    }
    assertEquals(1071, rows);
    assertEquals(26, halfUpAboveSource);
  }

  @Test
  void sumedangsHistoryIsTheOnePublished() {
    Map<String, String> sumedang = new TreeMap<>();
    for (String file : RESULT_FILES) {
      ShippedFiles.csv(file).stream()
          .filter(r -> r.get("instansi_code").equals("32.11"))
          .forEach(r -> sumedang.put(r.get("year"), r.get("indeks")));
    }
    assertEquals("3.81", sumedang.get("2020"));
    assertEquals("3.52", sumedang.get("2021"));
    assertEquals("3.84", sumedang.get("2022"));
    assertEquals("4.14", sumedang.get("2023"));
    assertEquals("4.51", sumedang.get("2024"));
  }

  private static void assertClose(BigDecimal expected, BigDecimal actual, String who) {
    assertTrue(
        expected.subtract(actual).abs().compareTo(THOUSANDTH) < 0,
        who + ": " + actual + " vs " + expected);
  }
}
