package id.livinglab.planning;

import static id.livinglab.planning.SmallFrameworks.efforts;
import static id.livinglab.planning.SmallFrameworks.index;
import static id.livinglab.planning.SmallFrameworks.levels;
import static id.livinglab.planning.SmallFrameworks.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.livinglab.scoring.ScoringException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every question the planner refuses, each named by its field and reason. */
class PlannerRefusalsTest {

  @Test
  void everyRefusedInputIsNamed() {
    Planner planner = new Planner(whole("50", "50"));
    Map<String, BigDecimal> start = levels("3", "3");

    assertRefused(
        PlanningException.Reason.UNKNOWN_INDICATOR,
        "effort.z",
        planner,
        new PlanRequest(start, null, index("4"), Map.of("z", efforts("1")), null, null));
    assertRefused(
        PlanningException.Reason.UNKNOWN_INDICATOR,
        "maxSteps.z",
        planner,
        new PlanRequest(start, null, index("4"), null, Map.of("z", 1), null));
    assertRefused(
        PlanningException.Reason.UNKNOWN_INDICATOR,
        "exclude",
        planner,
        new PlanRequest(start, null, index("4"), null, null, Set.of("z")));
    assertRefused(
        PlanningException.Reason.UNKNOWN_PREDICATE,
        "target.predicate",
        planner,
        PlanRequest.of(start, null, new Goal.Predicate("Luar Biasa")));
    assertRefused(
        PlanningException.Reason.INDEX_OUT_OF_SCALE,
        "target.index",
        planner,
        PlanRequest.of(start, null, index("5.01")));
    assertRefused(
        PlanningException.Reason.INDEX_OUT_OF_SCALE,
        "target.index",
        planner,
        PlanRequest.of(start, null, index("0.5")));
    assertRefused(
        PlanningException.Reason.EFFORT_NEGATIVE,
        "effort.a",
        planner,
        new PlanRequest(
            start, null, index("4"), Map.of("a", efforts("1", "-1", "1", "1")), null, null));
    assertRefused(
        PlanningException.Reason.EFFORT_LENGTH,
        "effort.a",
        planner,
        new PlanRequest(start, null, index("4"), Map.of("a", efforts("1", "1")), null, null));
    assertRefused(
        PlanningException.Reason.MAX_STEPS_NEGATIVE,
        "maxSteps.b",
        planner,
        new PlanRequest(start, null, index("4"), null, Map.of("b", -1), null));
    assertRefused(
        PlanningException.Reason.BUDGET_NEGATIVE,
        "budget",
        planner,
        PlanRequest.of(start, null, new Goal.Budget(new BigDecimal("-0.01"))));
    assertRefused(
        PlanningException.Reason.GOAL_MISSING,
        "target",
        planner,
        PlanRequest.of(start, null, null));
    assertRefused(
        PlanningException.Reason.EFFORT_TOO_LARGE,
        "effort",
        planner,
        new PlanRequest(
            levels("1", "1"),
            null,
            index("4"),
            Map.of("a", efforts("1e18", "1e18", "1", "1"), "b", efforts("0.000001", "1", "1", "1")),
            null,
            null));
    assertEquals(
        ScoringException.Reason.LEVEL_OUT_OF_SCALE,
        assertThrows(
                ScoringException.class,
                () -> planner.plan(PlanRequest.of(levels("3", "6"), null, index("4"))))
            .reason());
    assertEquals(
        ScoringException.Reason.MISSING_INDICATOR,
        assertThrows(
                ScoringException.class,
                () -> planner.plan(PlanRequest.of(levels("3"), null, index("4"))))
            .reason());
  }

  private static void assertRefused(
      PlanningException.Reason reason, String field, Planner planner, PlanRequest request) {
    PlanningException e = assertThrows(PlanningException.class, () -> planner.plan(request));
    assertEquals(reason, e.reason());
    assertEquals(field, e.field());
  }
}
