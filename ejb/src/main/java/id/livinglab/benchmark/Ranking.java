package id.livinglab.benchmark;

import id.livinglab.result.Provenance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A filtered ranking of one year: the standings (best first, with their national ranks), how many
 * fall in each predicate, and the statistics of the filtered group.
 */
public record Ranking(
    int year,
    String frameworkCode,
    List<Standing> rows,
    Map<String, Integer> predicates,
    GroupStatistics statistics,
    List<Integer> years) {

  /** The year the rows' changes are measured against; null in a framework's first year. */
  public Integer comparedWith() {
    return rows.stream()
        .map(Standing::change)
        .filter(Objects::nonNull)
        .map(Change::previousYear)
        .findFirst()
        .orElse(null);
  }

  /** The sources of the rows shown, one per source, in the order the rows first name them. */
  public List<Provenance> sources() {
    Map<String, Provenance> bySource = new LinkedHashMap<>();
    rows.forEach(s -> bySource.putIfAbsent(s.provenance().sourceCode(), s.provenance()));
    return List.copyOf(bySource.values());
  }
}
