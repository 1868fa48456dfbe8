package id.livinglab.api.instansi;

import id.livinglab.benchmark.Portrait;
import java.math.BigDecimal;
import java.util.List;

/** An instansi's portrait for one year as the API shows it. */
public record PortraitJson(
    InstansiJson instansi,
    Integer year,
    String framework,
    BigDecimal index,
    String predicate,
    boolean official,
    List<NodeJson> nodes,
    List<Integer> years) {

  /** The value of one domain or aspect. */
  public record NodeJson(
      String code, String name, String kind, BigDecimal value, String predicate) {}

  static PortraitJson of(Portrait p) {
    return new PortraitJson(
        new InstansiJson(
            p.code(),
            p.name(),
            p.kind().name().toLowerCase(java.util.Locale.ROOT),
            p.provinceCode(),
            p.provinceName()),
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
                        n.kind().name().toLowerCase(java.util.Locale.ROOT),
                        n.value(),
                        n.predicate().nameId()))
            .toList(),
        p.years());
  }
}
