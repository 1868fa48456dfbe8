package id.livinglab.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.framework.FrameworkFiles;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.GradingBasis;
import id.livinglab.framework.NodeKind;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Plans on the shipped SPBE 2020 and Pemdi 2026 files, checked by hand. */
class ShippedPlannerTest {

  private static final Planner SPBE =
      new Planner(FrameworkFiles.read(FrameworkFiles.shipped("spbe-2020")));
  private static final Planner PEMDI =
      new Planner(FrameworkFiles.read(FrameworkFiles.shipped("pemdi-2026")));

  private static Map<String, BigDecimal> all(Planner planner, String value) {
    Map<String, BigDecimal> levels = new HashMap<>();
    for (FrameworkNode n : planner.framework().nodesOfKind(NodeKind.INDICATOR)) {
      levels.put(n.getCode(), new BigDecimal(value));
    }
    return levels;
  }

  private static String steps(Plan plan) {
    return String.join(
        " ",
        plan.steps().stream()
            .map(s -> s.indicator() + ":" + s.from().toPlainString() + "→" + s.to().toPlainString())
            .toList());
  }

  private static boolean same(String expected, BigDecimal actual) {
    return new BigDecimal(expected).compareTo(actual) == 0;
  }

  @Test
  void fromAllThreeToSangatBaikTakesEighteenStepsOnTheHeaviestIndicators() {
    // Need 3.00 → 3.50, i.e. 50 of Σ level × weight. Twelve steps of 3.00 (42–47 to 5) give 36 and
    // five of 2.75 only 49.75 in 17 steps, so 18 steps at least. Of the 18-step plans that reach,
    // the earliest indicators take what they can: 1 (1.30), 11 and 12 twice (2.50), 32 once (2.75).
    Plan plan =
        SPBE.plan(
            PlanRequest.of(all(SPBE, "3"), GradingBasis.EXACT, new Goal.Predicate("Sangat Baik")));

    assertTrue(plan.feasible());
    assertEquals(
        "1:3→4 11:3→4 11:4→5 12:3→4 12:4→5 32:3→4 42:3→4 42:4→5 43:3→4 43:4→5 44:3→4 44:4→5"
            + " 45:3→4 45:4→5 46:3→4 46:4→5 47:3→4 47:4→5",
        steps(plan));
    assertTrue(same("18", plan.totalEffort()));
    assertTrue(same("3.5005", plan.result().indexExact()));
    assertEquals("Sangat Baik", plan.result().predicate().nameId());
    assertEquals("Baik", plan.start().predicate().nameId());
    assertTrue(same("0.03", plan.steps().get(6).gain())); // 1 × 3.00 / 100
  }

  @Test
  void effortsDecideWhichIndicatorsRise() {
    Map<String, BigDecimal> levels = all(SPBE, "3");
    Map<String, List<BigDecimal>> dear = new HashMap<>();
    for (int i = 42; i <= 47; i++) {
      dear.put(
          String.valueOf(i),
          List.of(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("5"), new BigDecimal("5")));
    }
    Goal target = new Goal.Index(new BigDecimal("3.03"));

    Plan cheap = SPBE.plan(PlanRequest.of(levels, GradingBasis.EXACT, target));
    Plan withDear =
        SPBE.plan(new PlanRequest(levels, GradingBasis.EXACT, target, dear, null, null));

    assertEquals("42:3→4", steps(cheap));
    assertTrue(same("3.03", cheap.result().indexExact()));
    // 3 of Σ for 2: 1.30 + 2.50 (the earliest pair that reaches; 1.30 + 1.30 and 1.30 + 1.50 do
    // not).
    assertEquals("1:3→4 11:3→4", steps(withDear));
    assertTrue(same("2", withDear.totalEffort()));
    assertTrue(same("3.038", withDear.result().indexExact()));
  }

  @Test
  void anIndexOf3Point4995IsSangatBaikIn2023AndOneStepAwayIn2024() {
    String vector = "44233543425222445434244354455211455312345415355";
    Map<String, BigDecimal> levels = new HashMap<>();
    for (int i = 0; i < vector.length(); i++) {
      levels.put(String.valueOf(i + 1), new BigDecimal(vector.substring(i, i + 1)));
    }
    Goal sangatBaik = new Goal.Predicate("very good");

    Plan rounded = SPBE.plan(PlanRequest.of(levels, GradingBasis.ROUNDED, sangatBaik));
    Plan exact = SPBE.plan(PlanRequest.of(levels, GradingBasis.EXACT, sangatBaik));

    assertEquals(Plan.Reason.ALREADY_REACHED, rounded.reason());
    assertEquals("1:4→5", steps(exact));
    assertTrue(same("3.5125", exact.result().indexExact()));
  }

  @Test
  void aBudgetOfTwelveStepsBuysTheTwelveHeaviest() {
    Plan plan =
        SPBE.plan(
            PlanRequest.of(
                all(SPBE, "3"), GradingBasis.EXACT, new Goal.Budget(new BigDecimal("12"))));

    assertTrue(same("12", plan.totalEffort()));
    assertTrue(same("3.36", plan.result().indexExact()));
    assertTrue(plan.steps().stream().allMatch(s -> Integer.parseInt(s.indicator()) >= 42));
  }

  @Test
  void pemdiRisesFrom1Point26To2Then3() {
    // From 1.26 everywhere, Cukup (1.50) needs 24 of Σ: indicator 20 (15%) gains 0.74 × 15 = 11.1
    // and then 15; no other pair of steps reaches 24.
    Plan plan =
        PEMDI.plan(
            PlanRequest.of(all(PEMDI, "1.26"), GradingBasis.EXACT, new Goal.Predicate("cukup")));

    assertEquals("20:1.26→2 20:2→3", steps(plan));
    assertTrue(same("1.521", plan.result().indexExact()));
    assertEquals("1.52", plan.result().index().toPlainString());
    assertEquals("Cukup", plan.result().predicate().nameId());
    assertTrue(same("0.111", plan.steps().get(0).gain()));
  }

  @Test
  void pemdiWithoutIndicator20TakesThreeStepsOf19() {
    // 19 (10%): 7.4 + 10 + 10 = 27.4 ≥ 24 in three steps; two steps give at most 17.4.
    Plan plan =
        PEMDI.plan(
            new PlanRequest(
                all(PEMDI, "1.26"),
                GradingBasis.EXACT,
                new Goal.Predicate("Cukup"),
                null,
                null,
                Set.of("20")));

    assertEquals("19:1.26→2 19:2→3 19:3→4", steps(plan));
    assertTrue(same("1.534", plan.result().indexExact()));
  }

  @Test
  void pemdiMemuaskanIsOutOfReachWhenMostIndicatorsAreCapped() {
    Map<String, Integer> caps = new HashMap<>();
    for (int i = 1; i <= 20; i++) {
      caps.put(String.valueOf(i), 1);
    }
    Plan plan =
        PEMDI.plan(
            new PlanRequest(
                all(PEMDI, "1.26"),
                GradingBasis.EXACT,
                new Goal.Predicate("Memuaskan"),
                null,
                caps,
                null));

    assertEquals(false, plan.feasible());
    assertEquals(Plan.Reason.TARGET_ABOVE_MAXIMUM, plan.reason());
    assertEquals("2.00", plan.maximum().index().toPlainString());
  }
}
