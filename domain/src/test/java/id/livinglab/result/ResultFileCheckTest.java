package id.livinglab.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.framework.BandBoundary;
import id.livinglab.framework.EvaluationYear;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.GradingBasis;
import id.livinglab.framework.NodeKind;
import id.livinglab.framework.PredicateScaleTest;
import id.livinglab.support.Csv;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checks of a results file, on SPBE 2020's four domains and its 2023/2024 rules. */
class ResultFileCheckTest {

  private static final FrameworkVersion SPBE = spbe2020Domains();

  private static FrameworkVersion spbe2020Domains() {
    FrameworkVersion f =
        new FrameworkVersion(
            "spbe-2020",
            "SPBE",
            "SPBE",
            null,
            BigDecimal.ONE,
            new BigDecimal("5"),
            BigDecimal.ONE,
            BandBoundary.UPPER_OPENS);
    f.getBands().addAll(PredicateScaleTest.spbeBands());
    String[][] domains = {{"D1", "13"}, {"D2", "25"}, {"D3", "16.5"}, {"D4", "45.5"}};
    for (int i = 0; i < domains.length; i++) {
      f.getNodes()
          .add(
              new FrameworkNode(
                  f,
                  null,
                  domains[i][0],
                  NodeKind.DOMAIN,
                  domains[i][0],
                  null,
                  new BigDecimal(domains[i][1]),
                  i));
    }
    return f;
  }

  private final ResultFileCheck check =
      new ResultFileCheck(
          year ->
              year == 2023
                  ? Optional.of(new EvaluationYear(2023, SPBE, GradingBasis.ROUNDED))
                  : year == 2024
                      ? Optional.of(new EvaluationYear(2024, SPBE, GradingBasis.EXACT))
                      : Optional.empty(),
          Set.of("32.11", "32.05")::contains);

  private ResultFileCheck.Outcome run(String csv) throws Exception {
    return check.check(Csv.read(new StringReader(csv)));
  }

  @Test
  void aPublishedRowPassesAndKeepsItsPrintedValues() throws Exception {
    var outcome =
        run(
            "year,instansi_code,d1,d2,d3,d4,indeks,predikat\n2023,32.11,5.00,3.60,2.55,4.76,4.14,Sangat Baik\n");

    assertTrue(outcome.accepted());
    ResultRow row = outcome.rows().get(0);
    assertEquals("4.14", row.index().toPlainString());
    assertEquals("Sangat Baik", row.predicate());
    assertEquals("2.55", row.nodeValues().get("D3").toPlainString());
  }

  @Test
  void missingIndexAndPredicateAreComputedByTheYearsRule() throws Exception {
    var outcome = run("year,instansi_code,d1,d2,d3,d4\n2023,32.11,5.00,3.60,2.55,4.76\n");

    assertEquals("4.14", outcome.rows().get(0).index().toPlainString());
    assertEquals("Sangat Baik", outcome.rows().get(0).predicate());
  }

  @Test
  void nearABandEdgeEitherSideIsAccepted() throws Exception {
    // 3.50 printed; the exact index may have been 3.496 and graded Baik (2024 rule).
    String domains = "3.50,3.50,3.50,3.50";

    assertTrue(
        run("year,instansi_code,d1,d2,d3,d4,indeks,predikat\n2024,32.11,"
                + domains
                + ",3.50,Baik\n")
            .accepted());
    assertTrue(
        run("year,instansi_code,d1,d2,d3,d4,indeks,predikat\n2024,32.11,"
                + domains
                + ",3.50,Sangat Baik\n")
            .accepted());
    assertTrue(
        !run("year,instansi_code,d1,d2,d3,d4,indeks,predikat\n2024,32.11,"
                + domains
                + ",3.50,Cukup\n")
            .accepted());
  }

  @Test
  void everyProblemIsReportedWithItsLineAndNothingIsAccepted() throws Exception {
    var outcome =
        run(
            "year,instansi_code,d1,d2,d3,d4,indeks,predikat\n"
                + "2023,32.11,5.00,3.60,2.55,4.76,4.14,Sangat Baik\n"
                + "2023,32.05,5.1,3.60,2.55,4.76,,\n"
                + "2023,32.11,5.00,3.60,2.55,4.76,4.14,Sangat Baik\n"
                + "abc,32.05,5.00,3.60,2.55,4.76,,\n");

    assertTrue(!outcome.accepted());
    List<ImportProblem> problems = outcome.problems();
    assertEquals(3, problems.size());
    assertEquals(3, problems.get(0).line());
    assertEquals("d1", problems.get(0).field());
    assertEquals("import.duplicate", problems.get(1).messageKey());
    assertEquals("year", problems.get(2).field());
  }

  @Test
  void anEmptyFileIsAProblem() throws Exception {
    assertEquals("import.empty", run("year,instansi_code,d1\n").problems().get(0).messageKey());
  }

  @Test
  void aHundredThousandBadRowsKeepTheFirstHundredProblemsAndCountThemAll() throws Exception {
    StringBuilder csv = new StringBuilder("year,instansi_code,d1,d2,d3,d4\n");
    for (int i = 0; i < 100_000; i++) {
      csv.append("x,32.11\n");
    }
    var outcome = run(csv.toString());

    assertTrue(!outcome.accepted());
    assertEquals(100, outcome.problems().size());
    assertEquals(100_000, outcome.problemCount());
    assertEquals(2, outcome.problems().get(0).line());
  }

  @Test
  void aCellWithAHugeExponentIsAProblemOfItsColumnAndIsNotExpanded() throws Exception {
    var outcome =
        run("year,instansi_code,d1,d2,d3,d4,indeks\n2023,32.11,5.00,3.60,2.55,4.76,1e-3000000\n");

    assertEquals(1, outcome.problemCount());
    assertEquals("indeks", outcome.problems().get(0).field());
    assertEquals("import.number", outcome.problems().get(0).messageKey());
    var huge = run("year,instansi_code,d1,d2,d3,d4\n2023,32.11,1e3000000,3.60,2.55,4.76\n");
    assertEquals("d1", huge.problems().get(0).field());
  }

  @Test
  void aYearOfMoreThanFourDigitsIsNotReadAsAnotherYear() throws Exception {
    var outcome = run("year,instansi_code,d1,d2,d3,d4\n4294969319,32.11,5.00,3.60,2.55,4.76\n");

    assertEquals("year", outcome.problems().get(0).field());
  }

  @Test
  void aLongCellIsQuotedCutShort() throws Exception {
    var outcome =
        run("year,instansi_code,d1,d2,d3,d4\n2023,32.11," + "9".repeat(5000) + ",3,3,3\n");

    String quoted = (String) outcome.problems().get(0).arguments().get(0);
    assertTrue(quoted.length() <= ResultFileCheck.SHOWN + 1, quoted);
  }
}
