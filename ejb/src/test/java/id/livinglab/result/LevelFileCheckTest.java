package id.livinglab.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.common.ShippedFiles;
import id.livinglab.framework.EvaluationYear;
import id.livinglab.framework.FrameworkFiles;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.GradingBasis;
import id.livinglab.support.Csv;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The checks of a file of official indicator levels, on the shipped SPBE 2020 and its levels. */
class LevelFileCheckTest {

  private static final FrameworkVersion SPBE =
      FrameworkFiles.read(FrameworkFiles.shipped("spbe-2020"));

  private final LevelFileCheck check =
      new LevelFileCheck(
          year ->
              year == 2021 || year == 2022
                  ? Optional.of(new EvaluationYear(year, SPBE, GradingBasis.ROUNDED))
                  : Optional.empty(),
          code -> !code.equals("99.99"));

  private static List<Csv.Row> csv(String text) throws Exception {
    return Csv.read(new StringReader(text));
  }

  private static String header() {
    return "year,instansi_code,"
        + IntStream.rangeClosed(1, 47).mapToObj(i -> "i" + i).collect(Collectors.joining(","));
  }

  /** A row with every level at {@code level}, {@code changes} applied as "column=value". */
  private static String row(String year, String code, String level, String... changes) {
    String[] cells = new String[47];
    Arrays.fill(cells, level);
    for (String c : changes) {
      String[] kv = c.split("=", 2);
      cells[Integer.parseInt(kv[0].substring(1)) - 1] = kv[1];
    }
    return year + "," + code + "," + String.join(",", cells);
  }

  @Test
  void everyShippedRowPassesAndGivesThePublishedIndexAndDomains() {
    List<Csv.Row> rows = ShippedFiles.csv("spbe/indicator-levels-2021-2022.csv");
    assertTrue(LevelFileCheck.isLevelFile(rows));

    ResultFileCheck.Outcome outcome = check.check(rows);

    assertTrue(outcome.accepted(), outcome.problems().toString());
    assertEquals(1071, outcome.rows().size());
    for (int i = 0; i < rows.size(); i++) {
      Csv.Row file = rows.get(i);
      ResultRow stored = outcome.rows().get(i);
      assertEquals(
          new BigDecimal(file.get("indeks_rounded")), stored.index(), file.get("instansi_code"));
      assertEquals(47, stored.levels().size());
      BigDecimal d3 = new BigDecimal(file.get("d3")).setScale(2, RoundingMode.HALF_UP);
      assertEquals(d3, stored.nodeValues().get("D3"), file.get("instansi_code"));
      assertTrue(stored.nodeValues().containsKey("A1"), "aspects too");
    }
  }

  @Test
  void everyBadRowIsListedAndNothingPasses() throws Exception {
    String file =
        header()
            + ",i48\n"
            + row("2022", "32.11", "3", "i5=7")
            + ",\n"
            + row("2022", "32.05", "3", "i47=")
            + ",\n"
            + row("2022", "32.08", "3", "i12=2.5")
            + ",\n"
            + row("2022", "32.10", "3")
            + ",4\n"
            + row("2031", "32.74", "3")
            + ",\n"
            + row("2022", "99.99", "3")
            + ",\n";

    ResultFileCheck.Outcome outcome = check.check(csv(file));

    assertFalse(outcome.accepted());
    List<String> problems =
        outcome.problems().stream()
            .map(p -> p.line() + " " + p.field() + " " + p.messageKey())
            .toList();
    assertEquals(
        List.of(
            "2 i5 import.level.outOfScale",
            "3 i47 import.level.missing",
            "4 i12 import.level.outOfScale",
            "5 i48 import.level.unknownIndicator",
            "6 year import.year.unknown",
            "7 instansi_code import.instansi.unknown"),
        problems);
  }

  @Test
  void aGivenIndexMustBeTheOneTheLevelsGive() throws Exception {
    String file = header() + ",indeks\n" + row("2022", "32.11", "3") + ",3.50\n";

    ResultFileCheck.Outcome outcome = check.check(csv(file));

    assertEquals(1, outcome.problemCount());
    assertEquals("import.index.levels", outcome.problems().get(0).messageKey());
    assertEquals(List.of("3.50", "3.00"), outcome.problems().get(0).arguments());
  }

  @Test
  void aRowTwiceIsADuplicate() throws Exception {
    String file =
        header() + "\n" + row("2022", "32.11", "3") + "\n" + row("2022", "32.11", "4") + "\n";

    ResultFileCheck.Outcome outcome = check.check(csv(file));

    assertEquals(1, outcome.problemCount());
    assertEquals("import.duplicate", outcome.problems().get(0).messageKey());
    assertFalse(
        LevelFileCheck.isLevelFile(csv("year,instansi_code,d1,d2,d3,d4\n2022,32.11,1,1,1,1\n")));
  }
}
