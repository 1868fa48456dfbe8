package id.livinglab.api.instansi;

import id.livinglab.api.benchmark.ChangeJson;
import id.livinglab.api.result.ProvenanceJson;
import id.livinglab.benchmark.Standing;
import java.math.BigDecimal;

/**
 * One year of an instansi's history: its published index and predicate on that year's framework,
 * where the figure comes from ({@code provenance}), how it took part ({@code mode}) and the change
 * since the previous year of the same framework.
 */
public record HistoryJson(
    int year,
    String framework,
    BigDecimal index,
    String predicate,
    int rank,
    ProvenanceJson provenance,
    String mode,
    ChangeJson change) {

  static HistoryJson of(Standing s, String framework) {
    return new HistoryJson(
        s.year(),
        framework,
        s.index(),
        s.predicate().nameId(),
        s.rankNational(),
        ProvenanceJson.of(s.provenance()),
        s.provenance().mode().name(),
        ChangeJson.of(s.change()));
  }
}
