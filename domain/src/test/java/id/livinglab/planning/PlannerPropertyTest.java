package id.livinglab.planning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.framework.BandBoundary;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.GradingBasis;
import id.livinglab.framework.NodeKind;
import id.livinglab.framework.PredicateBand;
import id.livinglab.framework.RoundingRule;
import id.livinglab.scoring.Grading;
import id.livinglab.scoring.Rounding;
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
import org.junit.jupiter.api.Test;

/**
 * The planner against an exhaustive search on random small frameworks: 3–8 indicators, whole or
 * two-decimal levels, scales from 0 or 1 up to 3–5, random weights, bands, boundary, rounding and
 * grading basis, efforts (zeros included), caps and exclusions, and every kind of goal. The search
 * tries every combination of step counts and keeps the best by the documented order, so the two
 * must agree on the very plan, not only on its cost.
 */
class PlannerPropertyTest {

  private static final int CASES = 1_000;
  private static final int MAX_COMBINATIONS = 6_000;

  /** A random question and the framework it is asked on. */
  private record Case(FrameworkVersion framework, PlanRequest request, int[] caps) {}

  /** What the exhaustive search finds. */
  private record Best(int[] counts, BigDecimal cost, BigDecimal index, boolean reaches) {}

  @Test
  void agreesWithAnExhaustiveSearch() {
    Random random = new Random(20261122L);
    int feasible = 0;
    int infeasible = 0;
    int reached = 0;
    int budgets = 0;
    for (int c = 0; c < CASES; c++) {
      Case x = randomCase(random);
      String label = "case " + c + ": " + x.request();
      Plan plan = new Planner(x.framework()).plan(x.request());
      Best best = exhaustive(x);

      if (x.request().goal() instanceof Goal.Budget) {
        budgets++;
        assertTrue(plan.feasible(), label);
      } else if (best == null) {
        infeasible++;
        assertEquals(false, plan.feasible(), label);
        assertEquals(Plan.Reason.TARGET_ABOVE_MAXIMUM, plan.reason(), label);
        assertTrue(plan.steps().isEmpty(), label);
        continue;
      } else if (sum(best.counts()) == 0) {
        reached++;
        assertEquals(Plan.Reason.ALREADY_REACHED, plan.reason(), label);
      } else {
        feasible++;
        assertEquals(null, plan.reason(), label);
      }
      assertTrue(plan.feasible(), label);
      assertArrayEquals(best.counts(), counts(x.framework(), plan), label);
      assertEquals(0, best.cost().compareTo(plan.totalEffort()), label);
      assertEquals(0, best.index().compareTo(plan.result().indexExact()), label);
      assertEquals(
          Grading.grade(x.framework(), x.request().basis(), best.index()).getNameId(),
          plan.result().predicate().nameId(),
          label);
    }
    // The random cases must exercise every outcome, or the test proves little.
    assertTrue(
        feasible > 250 && infeasible > 50 && reached > 20 && budgets > 150,
        feasible
            + " feasible, "
            + infeasible
            + " infeasible, "
            + reached
            + " reached, "
            + budgets
            + " budgets");
  }

  private static int sum(int[] counts) {
    int s = 0;
    for (int k : counts) {
      s += k;
    }
    return s;
  }

  private static int[] counts(FrameworkVersion f, Plan plan) {
    List<FrameworkNode> indicators = f.nodesOfKind(NodeKind.INDICATOR);
    int[] counts = new int[indicators.size()];
    for (Plan.Step step : plan.steps()) {
      for (int i = 0; i < counts.length; i++) {
        if (indicators.get(i).getCode().equals(step.indicator())) {
          counts[i]++;
        }
      }
    }
    return counts;
  }

  // ---- the exhaustive search, written plainly ----

  private static Best exhaustive(Case x) {
    FrameworkVersion f = x.framework();
    List<FrameworkNode> indicators = f.nodesOfKind(NodeKind.INDICATOR);
    int n = indicators.size();
    List<List<BigDecimal>> levels = new ArrayList<>();
    List<List<BigDecimal>> costs = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      String code = indicators.get(i).getCode();
      List<BigDecimal> ladder = new ArrayList<>();
      List<BigDecimal> cumulative = new ArrayList<>();
      BigDecimal v = x.request().levels().get(code);
      BigDecimal cost = BigDecimal.ZERO;
      ladder.add(v);
      cumulative.add(cost);
      while (ladder.size() - 1 < x.caps()[i] && v.compareTo(f.getLevelMax()) < 0) {
        int whole = v.setScale(0, RoundingMode.FLOOR).intValue();
        cost = cost.add(effort(x, code, whole));
        v = BigDecimal.valueOf(whole + 1).max(f.getLevelMin()).min(f.getLevelMax());
        ladder.add(v);
        cumulative.add(cost);
      }
      levels.add(ladder);
      costs.add(cumulative);
      total = total.add(indicators.get(i).getWeight());
    }
    int[] counts = new int[n];
    Best best = null;
    while (true) {
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal cost = BigDecimal.ZERO;
      for (int i = 0; i < n; i++) {
        sum = sum.add(levels.get(i).get(counts[i]).multiply(indicators.get(i).getWeight()));
        cost = cost.add(costs.get(i).get(counts[i]));
      }
      BigDecimal index = total.signum() == 0 ? BigDecimal.ZERO : Rounding.divide(sum, total);
      Best candidate = new Best(counts.clone(), cost, index, reaches(x, index));
      if (better(x, candidate, best)) {
        best = candidate;
      }
      int i = n - 1;
      while (i >= 0 && counts[i] == levels.get(i).size() - 1) {
        counts[i] = 0;
        i--;
      }
      if (i < 0) {
        return best;
      }
      counts[i]++;
    }
  }

  private static BigDecimal effort(Case x, String code, int whole) {
    List<BigDecimal> table = x.request().effort().get(code);
    int fromOne = x.framework().getLevelMax().intValue() - 1;
    if (table == null) {
      return BigDecimal.ONE;
    }
    if (table.size() == fromOne) {
      return whole == 0 ? BigDecimal.ONE : table.get(whole - 1);
    }
    return table.get(whole);
  }

  private static boolean reaches(Case x, BigDecimal index) {
    Goal goal = x.request().goal();
    if (goal instanceof Goal.Index target) {
      return index.compareTo(target.value()) >= 0;
    }
    if (goal instanceof Goal.Predicate target) {
      PredicateBand wanted = null;
      for (PredicateBand band : x.framework().getBands()) {
        if (band.getNameId().equalsIgnoreCase(target.name())
            || band.getNameEn().equalsIgnoreCase(target.name())) {
          wanted = band;
        }
      }
      PredicateBand got = Grading.grade(x.framework(), x.request().basis(), index);
      return got.getLowerBound().compareTo(wanted.getLowerBound()) >= 0;
    }
    return true;
  }

  /** The documented order: see {@link Planner}. */
  private static boolean better(Case x, Best a, Best b) {
    if (x.request().goal() instanceof Goal.Budget budget) {
      if (a.cost().compareTo(budget.effort()) > 0) {
        return false;
      }
      if (b == null) {
        return true;
      }
      int byIndex = a.index().compareTo(b.index());
      if (byIndex != 0) {
        return byIndex > 0;
      }
    } else {
      if (!a.reaches()) {
        return false;
      }
      if (b == null) {
        return true;
      }
    }
    int byCost = a.cost().compareTo(b.cost());
    if (byCost != 0) {
      return byCost < 0;
    }
    int bySteps = Integer.compare(sum(a.counts()), sum(b.counts()));
    if (bySteps != 0) {
      return bySteps < 0;
    }
    for (int i = 0; i < a.counts().length; i++) {
      if (a.counts()[i] != b.counts()[i]) {
        return a.counts()[i] > b.counts()[i];
      }
    }
    return false;
  }

  // ---- random questions ----

  private static Case randomCase(Random random) {
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
