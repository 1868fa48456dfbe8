package id.livinglab.api.planning;

import id.livinglab.planning.NextSteps;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The cheapest steps to a target as the API shows them (portrait, group simulation). {@code status}
 * is {@code planned}, {@code levels_unknown} (no official indicator levels in the year), {@code
 * top} (no predicate above), {@code reached} or {@code unreachable}; the other fields are null or
 * empty unless there is a plan.
 *
 * @param listed the cheapest moves, at most three, each with its gain to the index (4 decimals)
 * @param more moves needed beyond those listed
 * @param steps every level step of the plan
 */
public record NextStepsJson(
    String status,
    String target,
    BigDecimal targetValue,
    BigDecimal distance,
    List<MoveJson> listed,
    int more,
    int steps,
    BigDecimal index,
    BigDecimal indexAfter,
    String predicateAfter) {

  /** One indicator's move: from → to in {@code steps} level steps. */
  public record MoveJson(
      String indicator, String name, BigDecimal from, BigDecimal to, int steps, BigDecimal gain) {}

  public static NextStepsJson of(NextSteps s) {
    return new NextStepsJson(
        s.status().name().toLowerCase(Locale.ROOT),
        s.target() == null ? null : s.target().nameId(),
        s.targetValue(),
        s.distance() == null ? null : s.distance().setScale(4, RoundingMode.HALF_UP),
        s.listed().stream()
            .map(
                m ->
                    new MoveJson(
                        m.indicator(),
                        m.nameId(),
                        m.from(),
                        m.to(),
                        m.steps(),
                        m.gain().setScale(4, RoundingMode.HALF_UP)))
            .toList(),
        s.more(),
        s.steps(),
        s.start() == null ? null : s.start().index(),
        s.result() == null ? null : s.result().index(),
        s.result() == null ? null : s.result().predicate().nameId());
  }
}
