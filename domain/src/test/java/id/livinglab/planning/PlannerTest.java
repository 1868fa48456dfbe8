package id.livinglab.planning;

import static id.livinglab.planning.SmallFrameworks.decimal;
import static id.livinglab.planning.SmallFrameworks.efforts;
import static id.livinglab.planning.SmallFrameworks.framework;
import static id.livinglab.planning.SmallFrameworks.index;
import static id.livinglab.planning.SmallFrameworks.levels;
import static id.livinglab.planning.SmallFrameworks.steps;
import static id.livinglab.planning.SmallFrameworks.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.framework.BandBoundary;
import id.livinglab.framework.GradingBasis;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cases checked by hand on small frameworks, and degenerate questions. */
class PlannerTest {

  @Test
  void aDecimalValueRisesToTheNextWholeLevelAndEachStepSaysWhatItGains() {
    Planner planner = new Planner(decimal("5", "10", "15"));

    Plan plan =
        planner.plan(
            PlanRequest.of(
                levels("1.26", "3.00", "4.50"),
                GradingBasis.EXACT,
                new Goal.Budget(new BigDecimal("100"))));

    assertEquals("a:1.26→2 a:2→3 a:3→4 a:4→5 b:3.00→4 b:4→5 c:4.50→5", steps(plan));
    // (2 − 1.26) × 5 / 30 of the index, exactly.
    assertEquals(
        0,
        new BigDecimal("0.74")
            .multiply(new BigDecimal("5"))
            .divide(new BigDecimal("30"), MathContext.DECIMAL128)
            .compareTo(plan.steps().get(0).gain()));
    assertEquals(0, new BigDecimal("5").compareTo(plan.result().indexExact()));
    assertEquals(0, new BigDecimal("7").compareTo(plan.totalEffort()));
    assertEquals("Memuaskan", plan.result().predicate().nameId());
  }

  @Test
  void theCheapestPlanIsFoundWhereTheBestRatioFirstIsNot() {
    // Need 5 of Σ level × weight (index 1.0 → 1.5 of weights 4, 5, 1). By ratio: a (4 for 2), then
    // c (1 for 2) = 4; exactly: b alone (5 for 3).
    Planner planner = new Planner(whole("4", "5", "1"));
    Map<String, List<BigDecimal>> effort =
        Map.of(
            "a", efforts("2", "9", "9", "9"),
            "b", efforts("3", "9", "9", "9"),
            "c", efforts("2", "9", "9", "9"));

    Plan plan =
        planner.plan(
            new PlanRequest(
                levels("1", "1", "1"), GradingBasis.EXACT, index("1.5"), effort, null, null));

    assertTrue(plan.feasible());
    assertEquals("b:1→2", steps(plan));
    assertEquals(0, new BigDecimal("3").compareTo(plan.totalEffort()));
    assertEquals(0, new BigDecimal("1.5").compareTo(plan.result().indexExact()));
  }

  @Test
  void aJumpOfTwoLevelsPaysBothStepsAndTiesGoToFewerStepsThenTheEarliestIndicator() {
    Planner planner = new Planner(whole("2.5", "2.5", "2.5", "2.5"));
    Map<String, BigDecimal> start = levels("2", "2", "2", "2");

    Plan one = planner.plan(PlanRequest.of(start, GradingBasis.EXACT, index("2.25")));
    Plan two = planner.plan(PlanRequest.of(start, GradingBasis.EXACT, index("2.5")));
    Plan dearFirst =
        planner.plan(
            new PlanRequest(
                start,
                GradingBasis.EXACT,
                index("2.5"),
                Map.of("a", efforts("1", "0.5", "7", "1")),
                null,
                null));

    assertEquals("a:2→3", steps(one));
    // Every two steps cost 2: the earliest indicator takes as many as it can.
    assertEquals("a:2→3 a:3→4", steps(two));
    // a's step from 3 costs 7: a 2→4 costs 7.5, so a 2→3 (0.5) and b 2→3 (1) win.
    assertEquals("a:2→3 b:2→3", steps(dearFirst));
    assertEquals(0, new BigDecimal("1.5").compareTo(dearFirst.totalEffort()));
  }

  @Test
  void aPredicateFollowsTheGradingBasisAndTheBandBoundary() {
    // Index = 0.005 a + 0.495 b + 0.5 c; from 3.49 only a may rise (b, c excluded).
    Map<String, BigDecimal> start = levels("1", "3", "4");
    Set<String> exclude = Set.of("b", "c");
    Goal sangatBaik = new Goal.Predicate("sangat baik");

    Plan rounded =
        new Planner(whole("0.5", "49.5", "50"))
            .plan(new PlanRequest(start, GradingBasis.ROUNDED, sangatBaik, null, null, exclude));
    Plan exact =
        new Planner(whole("0.5", "49.5", "50"))
            .plan(new PlanRequest(start, GradingBasis.EXACT, sangatBaik, null, null, exclude));
    Plan closes =
        new Planner(framework(1, BandBoundary.LOWER_CLOSES, "0.5", "49.5", "50"))
            .plan(new PlanRequest(start, GradingBasis.EXACT, sangatBaik, null, null, exclude));

    assertEquals("a:1→2", steps(rounded)); // 3.495 shows 3.50
    assertEquals("3.50", rounded.result().index().toPlainString());
    assertEquals("Sangat Baik", rounded.result().predicate().nameId());
    assertEquals("a:1→2 a:2→3", steps(exact)); // 3.500
    assertEquals("a:1→2 a:2→3 a:3→4", steps(closes)); // 3.505: 3.50 itself closes Baik
    assertEquals("Baik", exact.start().predicate().nameId());
  }

  @Test
  void aTargetAlreadyReachedIsFeasibleWithNoSteps() {
    Plan plan =
        new Planner(whole("50", "50"))
            .plan(PlanRequest.of(levels("3", "4"), GradingBasis.EXACT, new Goal.Predicate("GOOD")));

    assertTrue(plan.feasible());
    assertEquals(Plan.Reason.ALREADY_REACHED, plan.reason());
    assertTrue(plan.steps().isEmpty());
    assertEquals(0, BigDecimal.ZERO.compareTo(plan.totalEffort()));
    assertEquals(plan.start(), plan.result());
  }

  @Test
  void anUnreachableTargetSaysSoAndShowsTheCeiling() {
    Plan plan =
        new Planner(whole("50", "50"))
            .plan(
                new PlanRequest(
                    levels("3", "4"),
                    GradingBasis.EXACT,
                    index("4.6"),
                    null,
                    Map.of("b", 0),
                    Set.of()));

    assertFalse(plan.feasible());
    assertEquals(Plan.Reason.TARGET_ABOVE_MAXIMUM, plan.reason());
    assertTrue(plan.steps().isEmpty());
    assertEquals("4.50", plan.maximum().index().toPlainString()); // (5 + 4) / 2
  }

  @Test
  void everythingExcludedLeavesOnlyTheStart() {
    Planner planner = new Planner(whole("50", "50"));
    Set<String> all = Set.of("a", "b");

    Plan target =
        planner.plan(
            new PlanRequest(levels("3", "4"), GradingBasis.EXACT, index("4"), null, null, all));
    Plan budget =
        planner.plan(
            new PlanRequest(
                levels("3", "4"),
                GradingBasis.EXACT,
                new Goal.Budget(BigDecimal.TEN),
                null,
                null,
                all));

    assertEquals(Plan.Reason.TARGET_ABOVE_MAXIMUM, target.reason());
    assertTrue(budget.feasible());
    assertTrue(budget.steps().isEmpty());
    assertEquals(0, new BigDecimal("3.5").compareTo(budget.result().indexExact()));
  }

  @Test
  void aZeroBudgetStillTakesTheFreeSteps() {
    Plan plan =
        new Planner(whole("50", "50"))
            .plan(
                new PlanRequest(
                    levels("3", "3"),
                    GradingBasis.EXACT,
                    new Goal.Budget(BigDecimal.ZERO),
                    Map.of("b", efforts("1", "1", "0", "0")),
                    null,
                    null));

    assertEquals("b:3→4 b:4→5", steps(plan));
    assertEquals(0, BigDecimal.ZERO.compareTo(plan.totalEffort()));
  }

  @Test
  void aBudgetBuysTheHighestIndexAndOnEqualIndexTheLeastEffort() {
    Planner planner = new Planner(whole("2.5", "2.5", "5"));
    Map<String, List<BigDecimal>> effort =
        Map.of("a", efforts("1", "1", "1", "1"), "b", efforts("2", "2", "2", "2"));

    Plan plan =
        planner.plan(
            new PlanRequest(
                levels("1", "1", "1"),
                GradingBasis.EXACT,
                new Goal.Budget(new BigDecimal("3")),
                effort,
                Map.of("a", 1, "c", 1),
                null));

    // The most 3 buys is 7.5: c and a (for 2) or c and b (for 3); the cheaper wins.
    assertEquals("a:1→2 c:1→2", steps(plan));
    assertEquals(0, new BigDecimal("2").compareTo(plan.totalEffort()));
  }

  @Test
  void levelZeroRisesToOneAtTheFirstEntryOfAFullTableOrAtOne() {
    Planner zeroToFive = new Planner(framework(0, BandBoundary.UPPER_OPENS, "50", "50"));
    Planner oneToFive = new Planner(whole("50", "50"));
    Map<String, List<BigDecimal>> full = Map.of("a", efforts("4", "1", "1", "1", "1"));
    Map<String, List<BigDecimal>> fromOne = Map.of("a", efforts("3", "3", "3", "3"));

    Plan onZeroScale =
        zeroToFive.plan(
            new PlanRequest(levels("0", "5"), GradingBasis.EXACT, index("3"), full, null, null));
    Plan notAssessed =
        oneToFive.plan(
            new PlanRequest(levels("0", "5"), GradingBasis.EXACT, index("3"), fromOne, null, null));

    assertEquals("a:0→1", steps(onZeroScale));
    assertEquals(0, new BigDecimal("4").compareTo(onZeroScale.totalEffort()));
    assertEquals("a:0→1", steps(notAssessed));
    assertEquals(0, BigDecimal.ONE.compareTo(notAssessed.totalEffort()));
  }
}
