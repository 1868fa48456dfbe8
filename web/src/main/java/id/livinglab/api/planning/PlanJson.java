package id.livinglab.api.planning;

import id.livinglab.planning.Plan;
import java.math.BigDecimal;
import java.util.List;

/**
 * The answer of the plan endpoint. {@code index} and {@code predicate} are the result after the
 * steps (the start when there are none), rounded and graded as the year says; {@code indexExact} is
 * exact, as a string so that no client rounds it through a double. {@code maximum} is what every
 * allowed step would reach.
 *
 * @param reason absent for an ordinary plan; ALREADY_REACHED or TARGET_ABOVE_MAXIMUM
 */
public record PlanJson(
    String framework,
    Integer year,
    boolean feasible,
    String reason,
    BigDecimal totalEffort,
    List<StepJson> steps,
    BigDecimal index,
    String indexExact,
    String predicate,
    StandingJson start,
    StandingJson maximum) {

  /** One level step: its effort, and what it adds to the index (step × weight / total weight). */
  public record StepJson(
      String indicator, BigDecimal from, BigDecimal to, BigDecimal effort, BigDecimal gain) {}

  /** An index: rounded, exact, and its predicate. */
  public record StandingJson(BigDecimal index, String indexExact, String predicate) {}

  static PlanJson of(String framework, Integer year, Plan plan) {
    return new PlanJson(
        framework,
        year,
        plan.feasible(),
        plan.reason() == null ? null : plan.reason().name(),
        plain(plan.totalEffort()),
        plan.steps().stream()
            .map(
                s ->
                    new StepJson(
                        s.indicator(),
                        plain(s.from()),
                        plain(s.to()),
                        plain(s.effort()),
                        plain(s.gain())))
            .toList(),
        plan.result().index(),
        plan.result().indexExact().toPlainString(),
        plan.result().predicate().nameId(),
        standing(plan.start()),
        standing(plan.maximum()));
  }

  private static StandingJson standing(Plan.Standing s) {
    return new StandingJson(s.index(), s.indexExact().toPlainString(), s.predicate().nameId());
  }

  /** Without an exponent: a stripped 10 would otherwise be written 1E+1. */
  private static BigDecimal plain(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0) : value;
  }
}
