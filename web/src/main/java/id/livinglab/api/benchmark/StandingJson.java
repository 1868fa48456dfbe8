package id.livinglab.api.benchmark;

import id.livinglab.api.result.ProvenanceJson;
import id.livinglab.benchmark.Standing;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One row of a ranking, with where its figures come from and the change since the previous year of
 * the same framework ({@code change} null in a framework's first year).
 */
public record StandingJson(
    int rank,
    int rankKind,
    int rankProvince,
    String instansiCode,
    String name,
    String kind,
    String provinceCode,
    String provinceName,
    BigDecimal index,
    String predicate,
    Map<String, BigDecimal> domains,
    ProvenanceJson provenance,
    ChangeJson change) {

  static StandingJson of(Standing s) {
    return new StandingJson(
        s.rankNational(),
        s.rankKind(),
        s.rankProvince(),
        s.code(),
        s.name(),
        s.kind().name().toLowerCase(Locale.ROOT),
        s.provinceCode(),
        s.provinceName(),
        s.index(),
        s.predicate().nameId(),
        new TreeMap<>(s.nodes()),
        ProvenanceJson.of(s.provenance()),
        ChangeJson.of(s.change()));
  }
}
