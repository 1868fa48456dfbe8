package id.livinglab.api.instansi;

import id.livinglab.api.benchmark.ChangeJson;
import id.livinglab.api.planning.NextStepsJson;
import id.livinglab.api.result.ProvenanceJson;
import id.livinglab.benchmark.Portrait;
import id.livinglab.planning.NextSteps;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An instansi's portrait for one year as the API shows it; {@code steps}: the cheapest steps to the
 * next predicate from the year's official indicator levels, or why there are none.
 */
public record PortraitJson(
    InstansiJson instansi,
    Integer year,
    String framework,
    BigDecimal index,
    String predicate,
    boolean official,
    List<NodeJson> nodes,
    List<Integer> years,
    Ranks ranks,
    Next next,
    List<ReferenceJson> references,
    NextStepsJson steps,
    ProvenanceJson provenance,
    ChangeJson change) {

  /** Ranks nationally, among the kind, within the province ("of" = how many ranked). */
  public record Ranks(
      int national, int nationalOf, int kind, int kindOf, Integer province, Integer provinceOf) {}

  /** The next predicate up and the distance to its cut-point. */
  public record Next(String predicate, BigDecimal from, BigDecimal distance) {}

  /** A comparison group: averages shown only from 5 members ({@code shown}). */
  public record ReferenceJson(
      String key,
      String name,
      int members,
      boolean shown,
      BigDecimal index,
      Map<String, BigDecimal> domains) {}

  /** The value of one domain or aspect. */
  public record NodeJson(
      String code, String name, String kind, BigDecimal value, String predicate) {}

  /**
   * @param steps the cheapest steps to the next predicate, null when the portrait has no result
   */
  static PortraitJson of(Portrait p, NextSteps steps) {
    return new PortraitJson(
        InstansiJson.of(p.instansi()),
        p.year(),
        p.frameworkCode(),
        p.index(),
        p.predicate() == null ? null : p.predicate().nameId(),
        p.official(),
        p.nodes().stream()
            .map(
                n ->
                    new NodeJson(
                        n.code(),
                        n.nameId(),
                        n.kind().name().toLowerCase(Locale.ROOT),
                        n.value(),
                        n.predicate().nameId()))
            .toList(),
        p.years(),
        p.standing() == null
            ? null
            : new Ranks(
                p.standing().rankNational(),
                p.nationalCount(),
                p.standing().rankKind(),
                p.kindCount(),
                p.provinceCount() == 0 ? null : p.standing().rankProvince(),
                p.provinceCount() == 0 ? null : p.provinceCount()),
        p.next() == null
            ? null
            : new Next(p.next().predicate().nameId(), p.next().from(), p.next().distance()),
        p.references().stream()
            .map(
                r ->
                    new ReferenceJson(
                        r.key(),
                        r.nameId(),
                        r.count(),
                        r.shown(),
                        r.index() == null ? null : r.index().setScale(4, RoundingMode.HALF_UP),
                        r.nodes()))
            .toList(),
        steps == null ? null : NextStepsJson.of(steps),
        p.standing() == null ? null : ProvenanceJson.of(p.standing().provenance()),
        p.standing() == null ? null : ChangeJson.of(p.standing().change()));
  }
}
