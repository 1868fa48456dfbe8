package id.livinglab.planning;

import id.livinglab.framework.GradingBasis;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One planning question.
 *
 * @param levels the starting value of every indicator (0 = not assessed), as the scorer takes them
 * @param basis the year's grading basis, for a predicate goal
 * @param goal a target to reach, or a budget to spend
 * @param effort per indicator, the cost of each whole-level step up (months, rupiah, any unit, ≥
 *     0): with {@code levelMax − 1} entries, entry k is the step from level k+1 to k+2 (entry 0 the
 *     step up from level 1); with {@code levelMax} entries the first is the step from 0 to 1 and
 *     entry k the step from k to k+1 (for SPBE 2018's 0–5 scale, or to price assessing an indicator
 *     not yet assessed). A step left out costs 1, and so does every step of an indicator not named
 *     here. A decimal value pays its whole step: Pemdi 1.26 → 2 costs the step up from level 1.
 * @param maxSteps per indicator, the most steps it may rise (≥ 0); unnamed indicators rise freely
 * @param exclude indicators that must stay where they are
 */
public record PlanRequest(
    Map<String, BigDecimal> levels,
    GradingBasis basis,
    Goal goal,
    Map<String, List<BigDecimal>> effort,
    Map<String, Integer> maxSteps,
    Set<String> exclude) {

  public PlanRequest {
    effort = effort == null ? Map.of() : effort;
    maxSteps = maxSteps == null ? Map.of() : maxSteps;
    exclude = exclude == null ? Set.of() : exclude;
    basis = basis == null ? GradingBasis.EXACT : basis;
  }

  /** A question with default efforts of 1, no caps and no exclusions. */
  public static PlanRequest of(Map<String, BigDecimal> levels, GradingBasis basis, Goal goal) {
    return new PlanRequest(levels, basis, goal, null, null, null);
  }
}
