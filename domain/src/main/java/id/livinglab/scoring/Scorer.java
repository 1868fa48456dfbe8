package id.livinglab.scoring;

import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.NodeKind;
import id.livinglab.scoring.ScoringException.Reason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a level vector against a framework of any depth. A node's value is the weighted mean of
 * its children, Σ(value × weight) / Σ weight; the index is the weighted mean of the roots, which
 * equals Σ over all indicators (level × weight) / 100 when weights are percentages. Values are kept
 * exact; rounding is left to {@link Rounding}.
 */
public final class Scorer {

  private final FrameworkVersion framework;
  private final Map<String, List<FrameworkNode>> children = new HashMap<>();
  private final List<FrameworkNode> roots = new ArrayList<>();
  private final Map<String, FrameworkNode> indicators = new LinkedHashMap<>();

  public Scorer(FrameworkVersion framework) {
    this.framework = framework;
    for (FrameworkNode node : framework.getNodes()) {
      if (node.getParentCode() == null) {
        roots.add(node);
      } else {
        children.computeIfAbsent(node.getParentCode(), k -> new ArrayList<>()).add(node);
      }
      if (node.getKind() == NodeKind.INDICATOR) {
        indicators.put(node.getCode(), node);
      }
    }
  }

  /** Scores {@code levels} (indicator code → level); every indicator must be present. */
  public Score score(Map<String, BigDecimal> levels) {
    for (String code : levels.keySet()) {
      if (!indicators.containsKey(code)) {
        throw new ScoringException(Reason.UNKNOWN_INDICATOR, code, "not in " + framework.getCode());
      }
    }
    List<String> notAssessed = new ArrayList<>();
    for (String code : indicators.keySet()) {
      BigDecimal level = levels.get(code);
      if (level == null) {
        throw new ScoringException(Reason.MISSING_INDICATOR, code, "no level given");
      }
      if (level.signum() == 0) {
        notAssessed.add(code);
      } else {
        checkOnScale(code, level);
      }
    }
    Map<String, BigDecimal> nodeValues = new LinkedHashMap<>();
    BigDecimal index = mean(weightedMean(roots, levels, nodeValues));
    return new Score(index, nodeValues, List.copyOf(notAssessed));
  }

  private void checkOnScale(String code, BigDecimal level) {
    if (level.compareTo(framework.getLevelMin()) < 0
        || level.compareTo(framework.getLevelMax()) > 0) {
      throw new ScoringException(
          Reason.LEVEL_OUT_OF_SCALE,
          code,
          level.toPlainString()
              + " outside "
              + framework.getLevelMin().toPlainString()
              + "–"
              + framework.getLevelMax().toPlainString());
    }
    BigDecimal offset = level.subtract(framework.getLevelMin());
    if (offset.remainder(framework.getLevelStep()).signum() != 0) {
      throw new ScoringException(
          Reason.LEVEL_OFF_STEP,
          code,
          level.toPlainString() + " not a step of " + framework.getLevelStep().toPlainString());
    }
  }

  /**
   * Σ(level × weight) and Σ weight over the indicators under {@code nodes}. Every node's value is
   * divided once from these exact sums, never built from already divided parts, so a value that is
   * exactly 3.005 stays 3.005 and displays as 3.01.
   */
  private BigDecimal[] weightedMean(
      List<FrameworkNode> nodes, Map<String, BigDecimal> levels, Map<String, BigDecimal> out) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (FrameworkNode node : nodes) {
      if (node.getKind() == NodeKind.INDICATOR) {
        sum = sum.add(levels.get(node.getCode()).multiply(node.getWeight()));
        weights = weights.add(node.getWeight());
      } else {
        BigDecimal[] sub =
            weightedMean(children.getOrDefault(node.getCode(), List.of()), levels, out);
        out.put(node.getCode(), mean(sub));
        sum = sum.add(sub[0]);
        weights = weights.add(sub[1]);
      }
    }
    return new BigDecimal[] {sum, weights};
  }

  private static BigDecimal mean(BigDecimal[] sums) {
    return sums[1].signum() == 0 ? BigDecimal.ZERO : Rounding.divide(sums[0], sums[1]);
  }

  public FrameworkVersion framework() {
    return framework;
  }

  public java.util.Set<String> indicatorCodes() {
    return indicators.keySet();
  }
}
