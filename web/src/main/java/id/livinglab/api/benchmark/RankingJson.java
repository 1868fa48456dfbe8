package id.livinglab.api.benchmark;

import id.livinglab.api.result.ProvenanceJson;
import id.livinglab.benchmark.Ranking;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * A filtered ranking: rows, predicate counts, the group's statistics, and the sources of the rows
 * shown with their reliability.
 */
public record RankingJson(
    int year,
    String framework,
    int count,
    BigDecimal mean,
    BigDecimal median,
    Map<String, Integer> predicates,
    List<StandingJson> rows,
    List<ProvenanceJson> sources) {

  static RankingJson of(Ranking r) {
    return new RankingJson(
        r.year(),
        r.frameworkCode(),
        r.rows().size(),
        r.statistics().mean() == null
            ? null
            : r.statistics().mean().setScale(4, RoundingMode.HALF_UP),
        r.statistics().median(),
        r.predicates(),
        r.rows().stream().map(StandingJson::of).toList(),
        r.sources().stream().map(ProvenanceJson::of).toList());
  }
}
