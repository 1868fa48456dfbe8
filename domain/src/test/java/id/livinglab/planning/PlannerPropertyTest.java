package id.livinglab.planning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.NodeKind;
import id.livinglab.scoring.Grading;
import java.util.List;
import java.util.Random;
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

  @Test
  void agreesWithAnExhaustiveSearch() {
    Random random = new Random(20261122L);
    int feasible = 0;
    int infeasible = 0;
    int reached = 0;
    int budgets = 0;
    for (int c = 0; c < CASES; c++) {
      RandomCases.Case x = RandomCases.next(random);
      String label = "case " + c + ": " + x.request();
      Plan plan = new Planner(x.framework()).plan(x.request());
      ExhaustiveSearch.Best best = ExhaustiveSearch.best(x);

      if (x.request().goal() instanceof Goal.Budget) {
        budgets++;
        assertTrue(plan.feasible(), label);
      } else if (best == null) {
        infeasible++;
        assertEquals(false, plan.feasible(), label);
        assertEquals(Plan.Reason.TARGET_ABOVE_MAXIMUM, plan.reason(), label);
        assertTrue(plan.steps().isEmpty(), label);
        continue;
      } else if (ExhaustiveSearch.sum(best.counts()) == 0) {
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
}
