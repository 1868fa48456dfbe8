package id.livinglab.api.framework;

import id.livinglab.scoring.ScoreReport;
import java.math.BigDecimal;
import java.util.List;

/**
 * The answer of the score endpoint. {@code index} is rounded half-up to 2 decimals; {@code
 * indexExact} is the exact value as a string, so that no client rounds it through a double.
 */
public record ScoreJson(
    String framework,
    Integer year,
    BigDecimal index,
    String indexExact,
    String predicate,
    boolean incomplete,
    List<String> notAssessed,
    List<NodeJson> domains,
    List<NodeJson> aspects) {

  /** A domain or aspect: rounded value, exact value and predicate. */
  public record NodeJson(
      String code, String name, BigDecimal index, String indexExact, String predicate) {}

  static ScoreJson of(ScoreReport r) {
    return new ScoreJson(
        r.framework(),
        r.year(),
        r.index(),
        r.indexExact().toPlainString(),
        r.predicate().nameId(),
        r.incomplete(),
        r.notAssessed(),
        nodes(r.domains()),
        nodes(r.aspects()));
  }

  private static List<NodeJson> nodes(List<ScoreReport.NodeScore> nodes) {
    return nodes.stream()
        .map(
            n ->
                new NodeJson(
                    n.code(),
                    n.nameId(),
                    n.value(),
                    n.exact().toPlainString(),
                    n.predicate().nameId()))
        .toList();
  }
}
