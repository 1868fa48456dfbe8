package id.livinglab.api.result;

import id.livinglab.result.Provenance;
import id.livinglab.result.PublishedResult;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * A published result: {@code domains} holds the printed value of each top node of the year's
 * framework (D1–D4 for SPBE 2020; A1–A7 for Pemdi); {@code provenance} where it comes from.
 */
public record ResultJson(
    String instansiCode,
    int year,
    Map<String, BigDecimal> domains,
    BigDecimal index,
    String predicate,
    ProvenanceJson provenance) {

  static ResultJson of(PublishedResult r) {
    return new ResultJson(
        r.getInstansi().getCode(),
        r.getYear(),
        new TreeMap<>(r.getNodeValues()),
        r.getIndex(),
        r.getPredicate(),
        ProvenanceJson.of(Provenance.of(r)));
  }
}
