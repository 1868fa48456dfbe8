package id.livinglab.result;

import id.livinglab.framework.EvaluationYear;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.PredicateBand;
import id.livinglab.framework.PredicateScale;
import id.livinglab.scoring.Grading;
import id.livinglab.scoring.Rounding;
import id.livinglab.support.Csv;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Checks a file of published results (columns {@code year,instansi_code}, one column per top node
 * of the year's framework such as {@code d1..d4}, optional {@code indeks,predikat}) against each
 * year's framework: values on the scale, the index reproducible from them within rounding, the
 * predicate following the year's band rule, the instansi known. Every problem is reported, not only
 * the first, so that an official can fix the file in one go.
 */
public final class ResultFileCheck {

  /** Published values are rounded to 2 decimals: recomputing from them may differ by 0.01. */
  static final BigDecimal TOLERANCE = new BigDecimal("0.01");

  /** The longest cell a problem quotes whole; valid cells are far shorter. */
  static final int SHOWN = 30;

  private final IntFunction<Optional<EvaluationYear>> years;
  private final Predicate<String> knownInstansi;

  public ResultFileCheck(
      IntFunction<Optional<EvaluationYear>> years, Predicate<String> knownInstansi) {
    this.years = years;
    this.knownInstansi = knownInstansi;
  }

  /**
   * The outcome: rows to store when there is no problem.
   *
   * @param problems the first {@value ImportProblems#REPORTED} problems
   * @param problemCount how many problems the file has in all
   */
  public record Outcome(List<ResultRow> rows, List<ImportProblem> problems, int problemCount) {
    public boolean accepted() {
      return problemCount == 0 && !rows.isEmpty();
    }
  }

  public Outcome check(List<Csv.Row> rows) {
    return collect(rows, this::checkRow);
  }

  /**
   * The all-or-nothing rule of every import file: each row checked by {@code checkRow}, a year and
   * instansi at most once, every problem counted, the rows kept only where they have none.
   */
  static Outcome collect(
      List<Csv.Row> rows, BiFunction<Csv.Row, ImportProblems, ResultRow> checkRow) {
    List<ResultRow> good = new ArrayList<>();
    ImportProblems problems = new ImportProblems();
    Set<String> seen = new HashSet<>();
    if (rows.isEmpty()) {
      problems.add(ImportProblem.of(1, null, null, "import.empty"));
    }
    for (Csv.Row row : rows) {
      int before = problems.count();
      ResultRow checked = checkRow.apply(row, problems);
      if (checked != null && !seen.add(checked.year() + "/" + checked.instansiCode())) {
        problems.add(
            ImportProblem.of(
                row.line(), checked.instansiCode(), "instansi_code", "import.duplicate"));
      }
      if (checked != null && problems.count() == before) {
        good.add(checked);
      }
    }
    return new Outcome(List.copyOf(good), problems.first(), problems.count());
  }

  private ResultRow checkRow(Csv.Row row, ImportProblems problems) {
    int line = row.line();
    String code = shown(row.get("instansi_code"));
    if (code.isEmpty() || !knownInstansi.test(code)) {
      problems.add(ImportProblem.of(line, code, "instansi_code", "import.instansi.unknown", code));
    }
    Optional<EvaluationYear> year = parseYear(row.get("year")).flatMap(years::apply);
    if (year.isEmpty()) {
      problems.add(
          ImportProblem.of(line, code, "year", "import.year.unknown", shown(row.get("year"))));
      return null;
    }
    FrameworkVersion framework = year.get().getFramework();
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    boolean valuesOk = true;
    for (FrameworkNode top : topNodes(framework)) {
      String column = top.getCode().toLowerCase(Locale.ROOT);
      Optional<BigDecimal> value = row.decimal(column);
      if (value.isEmpty()
          || value.get().signum() < 0
          || value.get().compareTo(framework.getLevelMax()) > 0) {
        problems.add(
            ImportProblem.of(
                line,
                code,
                column,
                "import.value.outOfScale",
                shown(row.get(column)),
                framework.getLevelMax().toPlainString()));
        valuesOk = false;
        continue;
      }
      values.put(top.getCode(), value.get());
      sum = sum.add(value.get().multiply(top.getWeight()));
      weights = weights.add(top.getWeight());
    }
    if (!valuesOk) {
      return null;
    }
    BigDecimal exact = Rounding.divide(sum, weights);
    BigDecimal index = checkIndex(row, code, framework, exact, problems);
    if (index == null) {
      return null;
    }
    String predicate = checkPredicate(row, code, year.get(), index, exact, problems);
    return predicate == null
        ? null
        : new ResultRow(line, year.get().getYear(), code, values, index, predicate);
  }

  private static BigDecimal checkIndex(
      Csv.Row row,
      String code,
      FrameworkVersion framework,
      BigDecimal exact,
      ImportProblems problems) {
    BigDecimal computed = Rounding.display(exact, framework);
    if (row.get("indeks").isEmpty()) {
      return computed;
    }
    Optional<BigDecimal> published = row.decimal("indeks");
    if (published.isEmpty()) {
      problems.add(
          ImportProblem.of(row.line(), code, "indeks", "import.number", shown(row.get("indeks"))));
      return null;
    }
    if (published.get().subtract(computed).abs().compareTo(TOLERANCE) > 0) {
      problems.add(
          ImportProblem.of(
              row.line(),
              code,
              "indeks",
              "import.index.mismatch",
              published.get().toPlainString(),
              computed.toPlainString()));
      return null;
    }
    return published.get();
  }

  private static String checkPredicate(
      Csv.Row row,
      String code,
      EvaluationYear year,
      BigDecimal index,
      BigDecimal exact,
      ImportProblems problems) {
    PredicateScale scale = year.getFramework().predicateScale();
    String published = row.get("predikat");
    if (published.isEmpty()) {
      return Grading.grade(year.getFramework(), year.getGradingBasis(), exact).getNameId();
    }
    // Within rounding of a band edge either side is accepted: the printed index may hide an
    // exact value on the other side (3.4960 printed 3.50 and graded Baik in 2024).
    Set<String> accepted = new HashSet<>();
    for (BigDecimal v : List.of(index.subtract(TOLERANCE), index, index.add(TOLERANCE))) {
      accepted.add(scale.grade(v).getNameId().toLowerCase(Locale.ROOT));
    }
    if (!accepted.contains(published.toLowerCase(Locale.ROOT))) {
      PredicateBand expected = Grading.grade(year.getFramework(), year.getGradingBasis(), index);
      problems.add(
          ImportProblem.of(
              row.line(),
              code,
              "predikat",
              "import.predicate.mismatch",
              shown(published),
              expected.getNameId(),
              index.toPlainString()));
      return null;
    }
    return scale.bands().stream()
        .map(PredicateBand::getNameId)
        .filter(n -> n.equalsIgnoreCase(published))
        .findFirst()
        .orElse(published);
  }

  private static List<FrameworkNode> topNodes(FrameworkVersion framework) {
    return framework.getNodes().stream().filter(n -> n.getParentCode() == null).toList();
  }

  /** A year as typed: only 4 digits, so that "4294969322" is never read as another year. */
  private static Optional<Integer> parseYear(String text) {
    return text.matches("\\d{4}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
  }

  /** A cell as a message quotes it: cut short, so that a long cell is not echoed whole. */
  static String shown(String cell) {
    return cell.length() <= SHOWN ? cell : cell.substring(0, SHOWN) + "…";
  }
}
