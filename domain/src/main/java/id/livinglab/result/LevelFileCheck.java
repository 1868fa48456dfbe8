package id.livinglab.result;

import id.livinglab.framework.EvaluationYear;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.NodeKind;
import id.livinglab.scoring.Grading;
import id.livinglab.scoring.Rounding;
import id.livinglab.scoring.Score;
import id.livinglab.scoring.Scorer;
import id.livinglab.support.Csv;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Checks a file of official indicator levels ({@code year,instansi_code,i1,…,i47}, optional {@code
 * indeks}) against each year's framework: every indicator present and on the scale, no column for
 * an indicator the framework lacks, the instansi known, the index (where given) equal to the one
 * the levels give within rounding. The result's index, domain and aspect values and predicate are
 * computed from the levels by the year's rules, so they cannot disagree with them. All-or-nothing
 * like {@link ResultFileCheck}, with every problem listed by line.
 */
public final class LevelFileCheck {

  /** The prefix of an indicator's column: {@code i1} is indicator 1. */
  public static final String PREFIX = "i";

  private final IntFunction<Optional<EvaluationYear>> years;
  private final Predicate<String> knownInstansi;
  private final Map<String, Scorer> scorers = new HashMap<>();

  public LevelFileCheck(
      IntFunction<Optional<EvaluationYear>> years, Predicate<String> knownInstansi) {
    this.years = years;
    this.knownInstansi = knownInstansi;
  }

  /** Whether a file is one of indicator levels: its header names an {@code i1} column. */
  public static boolean isLevelFile(List<Csv.Row> rows) {
    return !rows.isEmpty() && rows.get(0).values().containsKey(PREFIX + "1");
  }

  public ResultFileCheck.Outcome check(List<Csv.Row> rows) {
    return ResultFileCheck.collect(rows, this::checkRow);
  }

  private ResultRow checkRow(Csv.Row row, ImportProblems problems) {
    int line = row.line();
    String code = ResultFileCheck.shown(row.get("instansi_code"));
    if (code.isEmpty() || !knownInstansi.test(code)) {
      problems.add(ImportProblem.of(line, code, "instansi_code", "import.instansi.unknown", code));
    }
    String yearText = row.get("year");
    Optional<EvaluationYear> year =
        yearText.matches("\\d{4}")
            ? years.apply(Integer.parseInt(yearText))
            : Optional.<EvaluationYear>empty();
    if (year.isEmpty()) {
      problems.add(
          ImportProblem.of(
              line, code, "year", "import.year.unknown", ResultFileCheck.shown(yearText)));
      return null;
    }
    FrameworkVersion framework = year.get().getFramework();
    Map<String, BigDecimal> levels = levels(row, code, framework, problems);
    if (levels == null) {
      return null;
    }
    Score score =
        scorers.computeIfAbsent(framework.getCode(), c -> new Scorer(framework)).score(levels);
    BigDecimal index = Rounding.display(score.index(), framework);
    if (!row.get("indeks").isEmpty()) {
      Optional<BigDecimal> given = row.decimal("indeks");
      if (given.isEmpty()
          || given.get().subtract(index).abs().compareTo(ResultFileCheck.TOLERANCE) > 0) {
        problems.add(
            ImportProblem.of(
                line,
                code,
                "indeks",
                "import.index.levels",
                ResultFileCheck.shown(row.get("indeks")),
                index.toPlainString()));
        return null;
      }
    }
    Map<String, BigDecimal> nodes = new LinkedHashMap<>();
    for (FrameworkNode n : framework.getNodes()) {
      if (n.getKind() != NodeKind.INDICATOR && score.node(n.getCode()) != null) {
        nodes.put(n.getCode(), Rounding.display(score.node(n.getCode()), framework));
      }
    }
    String predicate =
        Grading.grade(framework, year.get().getGradingBasis(), score.index()).getNameId();
    return new ResultRow(line, year.get().getYear(), code, nodes, index, predicate, levels);
  }

  /** Every indicator's level, or null after listing what is missing, off the scale or unknown. */
  private static Map<String, BigDecimal> levels(
      Csv.Row row, String code, FrameworkVersion framework, ImportProblems problems) {
    Map<String, BigDecimal> levels = new LinkedHashMap<>();
    Set<String> columns = new HashSet<>();
    boolean ok = true;
    for (FrameworkNode n : framework.nodesOfKind(NodeKind.INDICATOR)) {
      String column = PREFIX + n.getCode().toLowerCase(Locale.ROOT);
      columns.add(column);
      Optional<BigDecimal> level = row.decimal(column);
      if (level.isEmpty() || !framework.isOnScale(level.get())) {
        problems.add(
            ImportProblem.of(
                row.line(),
                code,
                column,
                row.get(column).isEmpty() ? "import.level.missing" : "import.level.outOfScale",
                ResultFileCheck.shown(row.get(column)),
                framework.getLevelMin().toPlainString(),
                framework.getLevelMax().toPlainString(),
                framework.getLevelStep().toPlainString()));
        ok = false;
      } else {
        levels.put(n.getCode(), level.get());
      }
    }
    for (String column : row.values().keySet()) {
      // A level for an indicator the year's framework lacks (an empty cell says nothing).
      if (column.matches(PREFIX + "\\d+")
          && !columns.contains(column)
          && !row.get(column).isEmpty()) {
        problems.add(
            ImportProblem.of(
                row.line(), code, column, "import.level.unknownIndicator", framework.getCode()));
        ok = false;
      }
    }
    return ok ? levels : null;
  }
}
