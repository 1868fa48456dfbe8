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
 * the indicators under it, Σ(level × weight) / Σ weight, and the index the weighted mean of all
 * indicators: with weights in percent, Σ(level × weight) / 100. Every value is divided once from
 * exact sums, never built from already divided parts, so a value that is exactly 3.005 stays 3.005
 * and displays as 3.01. The tree is compiled once into arrays: a scorer is immutable and safe to
 * share between threads.
 */
public final class Scorer {

  private final FrameworkVersion framework;
  private final String[] codes;
  private final BigDecimal[] weights;
  private final BigDecimal totalWeight;
  private final Map<String, Integer> position = new HashMap<>();
  private final List<Group> groups = new ArrayList<>();
  private final int stepScale;

  /** A domain or aspect and the positions of the indicators under it. */
  private record Group(String code, int[] leaves, BigDecimal weight) {}

  public Scorer(FrameworkVersion framework) {
    this.framework = framework;
    List<FrameworkNode> indicators = framework.nodesOfKind(NodeKind.INDICATOR);
    codes = new String[indicators.size()];
    weights = new BigDecimal[indicators.size()];
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < codes.length; i++) {
      codes[i] = indicators.get(i).getCode();
      weights[i] = indicators.get(i).getWeight();
      position.put(codes[i], i);
      total = total.add(weights[i]);
    }
    totalWeight = total;
    Map<String, String> parents = new HashMap<>();
    framework.getNodes().forEach(n -> parents.put(n.getCode(), n.getParentCode()));
    for (FrameworkNode node : framework.getNodes()) {
      if (node.getKind() != NodeKind.INDICATOR) {
        List<Integer> leaves = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
          if (isUnder(codes[i], node.getCode(), parents)) {
            leaves.add(i);
          }
        }
        int[] positions = leaves.stream().mapToInt(Integer::intValue).toArray();
        BigDecimal weight = BigDecimal.ZERO;
        for (int p : positions) {
          weight = weight.add(weights[p]);
        }
        groups.add(new Group(node.getCode(), positions, weight));
      }
    }
    BigDecimal step = framework.getLevelStep().stripTrailingZeros();
    stepScale =
        BigDecimal.ONE.movePointLeft(Math.max(step.scale(), 0)).compareTo(step) == 0
            ? Math.max(step.scale(), 0)
            : -1;
  }

  public FrameworkVersion framework() {
    return framework;
  }

  /** The indicator codes in the framework's order, as the planner walks them (a copy). */
  public String[] indicatorCodes() {
    return codes.clone();
  }

  /** The indicator weights, in the order of {@link #indicatorCodes()} (a copy). */
  public BigDecimal[] indicatorWeights() {
    return weights.clone();
  }

  /** Σ of the indicator weights: what every index is divided by. */
  public BigDecimal totalWeight() {
    return totalWeight;
  }

  private static boolean isUnder(String code, String ancestor, Map<String, String> parents) {
    for (String p = parents.get(code); p != null; p = parents.get(p)) {
      if (p.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  /** Scores {@code levels} (indicator code → level); every indicator must be present. */
  public Score score(Map<String, BigDecimal> levels) {
    int found = 0;
    BigDecimal[] products = new BigDecimal[codes.length];
    List<String> notAssessed = List.of();
    String missing = null;
    for (int i = 0; i < codes.length; i++) {
      BigDecimal level = levels.get(codes[i]);
      if (level == null) {
        missing = missing == null ? codes[i] : missing;
        products[i] = BigDecimal.ZERO;
        continue;
      }
      found++;
      if (level.signum() == 0) {
        notAssessed = notAssessed.isEmpty() ? new ArrayList<>() : notAssessed;
        notAssessed.add(codes[i]);
      } else {
        checkOnScale(codes[i], level);
      }
      products[i] = level.multiply(weights[i]);
    }
    if (found != levels.size()) {
      for (String code : levels.keySet()) {
        if (!position.containsKey(code)) {
          throw new ScoringException(
              Reason.UNKNOWN_INDICATOR, code, "not in " + framework.getCode());
        }
      }
    }
    if (missing != null) {
      throw new ScoringException(Reason.MISSING_INDICATOR, missing, "no level given");
    }
    Map<String, Score.WeightedSum> sums = new LinkedHashMap<>();
    for (Group g : groups) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int p : g.leaves()) {
        sum = sum.add(products[p]);
      }
      sums.put(g.code(), new Score.WeightedSum(sum, g.weight()));
    }
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal product : products) {
      total = total.add(product);
    }
    BigDecimal index =
        totalWeight.signum() == 0 ? BigDecimal.ZERO : Rounding.divide(total, totalWeight);
    return new Score(index, sums, List.copyOf(notAssessed));
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
    boolean onStep =
        stepScale >= 0
            ? level.scale() <= stepScale || level.stripTrailingZeros().scale() <= stepScale
            : level.subtract(framework.getLevelMin()).remainder(framework.getLevelStep()).signum()
                == 0;
    if (!onStep) {
      throw new ScoringException(
          Reason.LEVEL_OFF_STEP,
          code,
          level.toPlainString() + " not a step of " + framework.getLevelStep().toPlainString());
    }
  }
}
