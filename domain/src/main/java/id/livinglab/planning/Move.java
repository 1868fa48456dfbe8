package id.livinglab.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's steps on one indicator taken together, as a reader is shown them: "42: 3 → 5, +0.06". A
 * plan lists every level step on its own (a jump of two levels is two steps); a page that names
 * "the three cheapest steps" means three indicators to work on, not half of one.
 *
 * @param steps how many level steps the move takes
 * @param effort their total effort
 * @param gain what they add to the index together: (to − from) × weight / total weight, exact
 */
public record Move(
    String indicator,
    BigDecimal from,
    BigDecimal to,
    int steps,
    BigDecimal effort,
    BigDecimal gain) {

  /**
   * The plan's steps per indicator, cheapest first: most gain per effort (a free step before any
   * other), then the larger gain, then framework order.
   */
  public static List<Move> of(Plan plan) {
    Map<String, Move> moves = new LinkedHashMap<>();
    for (Plan.Step s : plan.steps()) {
      moves.merge(
          s.indicator(),
          new Move(s.indicator(), s.from(), s.to(), 1, s.effort(), s.gain()),
          (a, b) ->
              new Move(
                  a.indicator,
                  a.from.min(b.from),
                  a.to.max(b.to),
                  a.steps + b.steps,
                  a.effort.add(b.effort),
                  a.gain.add(b.gain)));
    }
    List<Move> out = new ArrayList<>(moves.values());
    out.sort(CHEAPEST_FIRST.thenComparing(Move::gain, Comparator.reverseOrder()));
    return out;
  }

  /** Gain per effort, descending, compared crosswise so that an effort of 0 needs no division. */
  private static final Comparator<Move> CHEAPEST_FIRST =
      (a, b) -> b.gain.multiply(a.effort).compareTo(a.gain.multiply(b.effort));
}
