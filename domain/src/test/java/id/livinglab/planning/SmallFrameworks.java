package id.livinglab.planning;

import id.livinglab.framework.BandBoundary;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.NodeKind;
import id.livinglab.framework.PredicateScaleTest;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Small frameworks built in code for the planner's hand-checked tests: indicators "a", "b", … with
 * the weights given, SPBE's bands, whole levels or Pemdi-like decimals, and the inputs to plan on.
 */
final class SmallFrameworks {

  private SmallFrameworks() {}

  /** Indicators "a", "b", … with these weights, SPBE's bands, whole levels {@code min}–5. */
  static FrameworkVersion framework(int min, BandBoundary boundary, String... weights) {
    FrameworkVersion f =
        new FrameworkVersion(
            "test",
            "Uji",
            "Test",
            null,
            BigDecimal.valueOf(min),
            new BigDecimal("5"),
            BigDecimal.ONE,
            boundary);
    f.getBands().addAll(PredicateScaleTest.spbeBands());
    for (int i = 0; i < weights.length; i++) {
      String code = String.valueOf((char) ('a' + i));
      f.getNodes()
          .add(
              new FrameworkNode(
                  f, null, code, NodeKind.INDICATOR, code, code, new BigDecimal(weights[i]), i));
    }
    return f;
  }

  static FrameworkVersion whole(String... weights) {
    return framework(1, BandBoundary.UPPER_OPENS, weights);
  }

  /** Pemdi-like: values 1.00–5.00 in steps of 0.01. */
  static FrameworkVersion decimal(String... weights) {
    FrameworkVersion f = whole(weights);
    FrameworkVersion d =
        new FrameworkVersion(
            "decimal",
            "Desimal",
            "Decimal",
            null,
            new BigDecimal("1.00"),
            new BigDecimal("5.00"),
            new BigDecimal("0.01"),
            BandBoundary.UPPER_OPENS);
    d.getBands().addAll(f.getBands());
    for (FrameworkNode n : f.getNodes()) {
      d.getNodes()
          .add(
              new FrameworkNode(
                  d,
                  null,
                  n.getCode(),
                  NodeKind.INDICATOR,
                  "",
                  "",
                  n.getWeight(),
                  n.getPosition()));
    }
    return d;
  }

  static Map<String, BigDecimal> levels(String... values) {
    Map<String, BigDecimal> levels = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      levels.put(String.valueOf((char) ('a' + i)), new BigDecimal(values[i]));
    }
    return levels;
  }

  static List<BigDecimal> efforts(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).toList();
  }

  static String steps(Plan plan) {
    return String.join(
        " ",
        plan.steps().stream()
            .map(s -> s.indicator() + ":" + s.from().toPlainString() + "→" + s.to().toPlainString())
            .toList());
  }

  static Goal index(String value) {
    return new Goal.Index(new BigDecimal(value));
  }
}
