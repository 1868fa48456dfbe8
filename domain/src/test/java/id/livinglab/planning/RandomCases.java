package id.livinglab.planning;

import id.livinglab.framework.BandBoundary;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.GradingBasis;
import id.livinglab.framework.NodeKind;
import id.livinglab.framework.PredicateBand;
import id.livinglab.framework.RoundingRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random small planning questions for the property test: 3–8 indicators, whole or two-decimal
 * levels, scales from 0 or 1 up to 3–5, random weights, bands, boundary, rounding and grading
 * basis, efforts (zeros included), caps, exclusions and every kind of goal; small enough for an
 * exhaustive search.
 */
final class RandomCases {

  private static final int MAX_COMBINATIONS = 6_000;

  /** A random question and the framework it is asked on. */
  record Case(FrameworkVersion framework, PlanRequest request, int[] caps) {}

  private RandomCases() {}

  static Case next(Random random) {
    boolean decimals = random.nextInt(3) == 0;
    int min = decimals ? 1 : random.nextInt(2);
    int max = 3 + random.nextInt(3);
    FrameworkVersion f =
        new FrameworkVersion(
            "random",
            "Acak",
            "Random",
            null,
            BigDecimal.valueOf(min),
            BigDecimal.valueOf(max),
            decimals ? new BigDecimal("0.01") : BigDecimal.ONE,
            random.nextBoolean() ? BandBoundary.UPPER_OPENS : BandBoundary.LOWER_CLOSES);
    f.setRoundingRule(
        new RoundingRule(
            1 + random.nextInt(2),
            List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN)
                .get(random.nextInt(3))));
    int bands = 3 + random.nextInt(3);
    f.getBands().add(new PredicateBand(BigDecimal.ZERO, "Band0", "Tier0"));
    BigDecimal cut = BigDecimal.valueOf(min);
    for (int b = 1; b < bands; b++) {
      cut = cut.add(BigDecimal.valueOf(10 + random.nextInt(150), 2));
      f.getBands().add(new PredicateBand(cut, "Band" + b, "Tier" + b));
    }
    int n = 3 + random.nextInt(6);
    Map<String, BigDecimal> levels = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String code = String.valueOf(i + 1);
      BigDecimal weight =
          random.nextInt(12) == 0
              ? BigDecimal.ZERO
              : BigDecimal.valueOf(1 + random.nextInt(500), 2);
      f.getNodes().add(new FrameworkNode(f, null, code, NodeKind.INDICATOR, code, code, weight, i));
      BigDecimal level;
      if (random.nextInt(10) == 0) {
        level = BigDecimal.ZERO;
      } else if (decimals) {
        level = BigDecimal.valueOf(100 + random.nextInt(100 * (max - 1) + 1), 2);
      } else {
        level = BigDecimal.valueOf(Math.max(min, random.nextInt(max + 1)));
      }
      levels.put(code, level);
    }
    Map<String, List<BigDecimal>> effort = new HashMap<>();
    Map<String, Integer> maxSteps = new HashMap<>();
    Set<String> exclude = new HashSet<>();
    int[] caps = new int[n];
    for (int i = 0; i < n; i++) {
      String code = String.valueOf(i + 1);
      caps[i] = Integer.MAX_VALUE;
      if (random.nextInt(10) < 6) {
        List<BigDecimal> steps = new ArrayList<>();
        int length = random.nextBoolean() ? max - 1 : max;
        for (int k = 0; k < length; k++) {
          steps.add(randomEffort(random));
        }
        effort.put(code, steps);
      }
      if (random.nextInt(10) < 3) {
        caps[i] = random.nextInt(4);
        maxSteps.put(code, caps[i]);
      }
      if (random.nextInt(100) < 12) {
        caps[i] = 0;
        exclude.add(code);
      }
    }
    for (int i = 0; combinations(f, levels, caps) > MAX_COMBINATIONS; i = (i + 1) % n) {
      if (caps[i] > 1) {
        caps[i] = caps[i] == Integer.MAX_VALUE ? 2 : caps[i] - 1;
        if (!exclude.contains(String.valueOf(i + 1))) {
          maxSteps.put(String.valueOf(i + 1), caps[i]);
        }
      }
    }
    Goal goal;
    int kind = random.nextInt(10);
    if (kind < 4) {
      int band = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(bands - 1);
      String name = random.nextBoolean() ? "Band" + band : "Tier" + band;
      goal = new Goal.Predicate(random.nextBoolean() ? name.toUpperCase(Locale.ROOT) : name);
    } else if (kind < 7) {
      goal =
          new Goal.Index(BigDecimal.valueOf(100 * min + random.nextInt(100 * (max - min) + 1), 2));
    } else {
      goal = new Goal.Budget(BigDecimal.valueOf(random.nextInt(1500), random.nextInt(3)));
    }
    GradingBasis basis = random.nextBoolean() ? GradingBasis.EXACT : GradingBasis.ROUNDED;
    return new Case(f, new PlanRequest(levels, basis, goal, effort, maxSteps, exclude), caps);
  }

  private static BigDecimal randomEffort(Random random) {
    int kind = random.nextInt(10);
    if (kind < 2) {
      return BigDecimal.ZERO;
    }
    if (kind < 6) {
      return BigDecimal.valueOf(1 + random.nextInt(9));
    }
    return BigDecimal.valueOf(1 + random.nextInt(900), 1 + random.nextInt(2));
  }

  private static long combinations(FrameworkVersion f, Map<String, BigDecimal> levels, int[] caps) {
    long product = 1;
    for (int i = 0; i < caps.length; i++) {
      BigDecimal v = levels.get(String.valueOf(i + 1));
      int room = f.getLevelMax().subtract(v.setScale(0, RoundingMode.FLOOR)).intValue();
      product *= Math.min(room, caps[i]) + 1;
    }
    return product;
  }
}
