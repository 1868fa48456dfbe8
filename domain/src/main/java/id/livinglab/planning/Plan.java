package id.livinglab.planning;

import id.livinglab.framework.Grade;
import java.math.BigDecimal;
import java.util.List;

/**
 * The answer to a planning question.
 *
 * @param feasible false only when even every allowed step does not reach the target
 * @param reason null for an ordinary plan; {@link Reason#ALREADY_REACHED} (feasible, no steps) or
 *     {@link Reason#TARGET_ABOVE_MAXIMUM} (infeasible, no steps)
 * @param steps one entry per level step, in framework order and from the bottom up: a jump of two
 *     levels is two steps
 * @param totalEffort the sum of the steps' efforts, exact
 * @param start the index and predicate of the levels as given
 * @param result after the steps (the start when there are none)
 * @param maximum after every allowed step: the ceiling the caps and exclusions leave
 */
public record Plan(
    Goal goal,
    boolean feasible,
    Reason reason,
    List<Step> steps,
    BigDecimal totalEffort,
    Standing start,
    Standing result,
    Standing maximum) {

  /** Why a plan has no steps. */
  public enum Reason {
    ALREADY_REACHED,
    TARGET_ABOVE_MAXIMUM
  }

  /**
   * One level step and why it is in the plan.
   *
   * @param gain what it adds to the index: (to − from) × weight / total weight, exact
   */
  public record Step(
      String indicator, BigDecimal from, BigDecimal to, BigDecimal effort, BigDecimal gain) {}

  /**
   * An index as the framework shows and grades it.
   *
   * @param indexExact as the scorer computes it
   * @param index rounded by the framework's rule
   * @param predicate by the year's grading basis
   */
  public record Standing(BigDecimal indexExact, BigDecimal index, Grade predicate) {}
}
