package id.livinglab.planning;

import static id.livinglab.planning.SmallFrameworks.index;
import static id.livinglab.planning.SmallFrameworks.levels;
import static id.livinglab.planning.SmallFrameworks.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.livinglab.framework.GradingBasis;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A plan's steps read as moves per indicator, cheapest first. */
class MoveTest {

  private static String moves(List<Move> moves) {
    return moves.stream()
        .map(m -> m.indicator() + ":" + m.from() + "→" + m.to() + "×" + m.steps())
        .collect(Collectors.joining(" "));
  }

  @Test
  void stepsOnOneIndicatorBecomeOneMoveWithTheirGainsAdded() {
    // Weights 1, 4, 5 (total 10): c's step gains 0.5, b's 0.4, a's 0.1; 1.0 → 2.4 needs c twice
    // and b once (1.4), the cheapest in steps.
    Plan plan =
        new Planner(whole("1", "4", "5"))
            .plan(PlanRequest.of(levels("1", "1", "1"), GradingBasis.EXACT, index("2.4")));

    List<Move> moves = Move.of(plan);

    assertEquals("c:1→3×2 b:1→2×1", moves(moves));
    assertEquals(0, new BigDecimal("1.0").compareTo(moves.get(0).gain()));
    assertEquals(0, new BigDecimal("2").compareTo(moves.get(0).effort()));
    assertEquals(0, new BigDecimal("0.4").compareTo(moves.get(1).gain()));
  }

  @Test
  void aCheapStepComesBeforeADearOneThatGainsMore() {
    Plan.Step dear =
        new Plan.Step(
            "a", BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("4"), new BigDecimal("2"));
    Plan.Step cheap =
        new Plan.Step(
            "b", BigDecimal.ONE, new BigDecimal("2"), BigDecimal.ONE, new BigDecimal("1"));
    Plan.Step free =
        new Plan.Step(
            "c", BigDecimal.ONE, new BigDecimal("2"), BigDecimal.ZERO, new BigDecimal("0.1"));
    Plan.Step alsoCheap =
        new Plan.Step(
            "d", BigDecimal.ONE, new BigDecimal("2"), BigDecimal.ONE, new BigDecimal("1"));

    List<Move> moves = Move.of(plan(dear, cheap, free, alsoCheap));

    // c is free; b and d gain 1 per effort (framework order between them); a 0.5 per effort.
    assertEquals("c:1→2×1 b:1→2×1 d:1→2×1 a:1→2×1", moves(moves));
  }

  @Test
  void aPlanWithoutStepsHasNoMoves() {
    Plan plan =
        new Planner(whole("1", "4", "5"))
            .plan(PlanRequest.of(levels("3", "3", "3"), GradingBasis.EXACT, index("2")));

    assertEquals(List.of(), Move.of(plan));
  }

  private static Plan plan(Plan.Step... steps) {
    return new Plan(
        new Goal.Index(BigDecimal.TEN),
        true,
        null,
        List.of(steps),
        BigDecimal.ZERO,
        null,
        null,
        null);
  }
}
