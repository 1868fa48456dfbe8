package id.livinglab.planning;

import java.math.BigDecimal;

/** What a plan aims at: a predicate or an index to reach for the least effort, or a budget. */
public sealed interface Goal {

  /**
   * Reach at least this predicate under the year's grading rule. {@code name} is a band's
   * Indonesian or English name, matched without regard to case.
   */
  record Predicate(String name) implements Goal {}

  /**
   * Reach an exact index of at least {@code value}. Exact, not as displayed: a target is a number
   * the user chose, and an index of 3.495 shows as 3.50 without being 3.50; rounding belongs to the
   * predicate rule of a year, which {@link Predicate} follows.
   */
  record Index(BigDecimal value) implements Goal {}

  /** The highest index whose steps cost at most {@code effort} in total (ties: least effort). */
  record Budget(BigDecimal effort) implements Goal {}
}
