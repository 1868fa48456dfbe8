package id.livinglab.planning;

import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.Grade;
import id.livinglab.framework.GradingBasis;
import id.livinglab.framework.PredicateBand;
import id.livinglab.planning.PlanningException.Reason;
import id.livinglab.scoring.Grading;
import id.livinglab.scoring.Rounding;
import id.livinglab.scoring.Score;
import id.livinglab.scoring.Scorer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;

/**
 * Plans level increases on one framework: the cheapest set of steps that reaches a target, or the
 * highest index within a budget. A step raises an indicator from v to the next whole level,
 * floor(v) + 1, within the scale (Pemdi 1.26 → 2 → 3; level 0, not assessed, → 1), and gains (to −
 * from) × weight of the weighted sum Σ level × weight whose quotient by the total weight is the
 * index.
 *
 * <p>Exact, not greedy. Every step gain is an exact decimal, so all of them are whole multiples of
 * their greatest common divisor (the gain unit: 0.05 on SPBE 2020, whose weights are 1.30 … 3.00
 * and levels whole; 0.01 or coarser on Pemdi's two-decimal values), and every plan's gain is a
 * whole number of units. A target is reached exactly from some least number of units U on, found by
 * bisection with the real rule (the index divided as {@link Scorer} divides it, graded by {@link
 * Grading}), since the index and every grading rule only rise with the gain. Choosing the steps is
 * then a multiple-choice knapsack over whole numbers, solved exactly by {@link StepKnapsack}. Ties
 * are broken deterministically: least effort, then fewest steps, then steps on the earliest
 * indicators in framework order.
 *
 * <p>Immutable and safe to share between threads; built once per framework.
 */
public final class Planner {

  private final FrameworkVersion framework;
  private final Scorer scorer;
  private final String[] codes;
  private final BigDecimal[] weights;
  private final Map<String, Integer> position = new HashMap<>();
  private final BigDecimal totalWeight;
  private final BigDecimal levelMin;
  private final BigDecimal levelMax;

  /** The number of whole-level steps from 0 to the top of the scale (5 on every shipped scale). */
  private final int rungs;

  public Planner(FrameworkVersion framework) {
    this(new Scorer(framework));
  }

  /** A planner on the scorer's framework, sharing its compiled indicators. */
  public Planner(Scorer scorer) {
    this.framework = scorer.framework();
    this.scorer = scorer;
    codes = scorer.indicatorCodes();
    weights = scorer.indicatorWeights();
    for (int i = 0; i < codes.length; i++) {
      position.put(codes[i], i);
    }
    totalWeight = scorer.totalWeight();
    levelMin = framework.getLevelMin();
    levelMax = framework.getLevelMax();
    rungs = levelMax.setScale(0, RoundingMode.CEILING).intValueExact();
  }

  public FrameworkVersion framework() {
    return framework;
  }

  /**
   * Answers {@code request}.
   *
   * @throws PlanningException for a question that cannot be asked (the field names the input)
   * @throws id.livinglab.scoring.ScoringException for levels the scorer refuses
   */
  public Plan plan(PlanRequest request) {
    if (request.goal() == null) {
      throw new PlanningException(Reason.GOAL_MISSING, "target");
    }
    Score start = scorer.score(request.levels());
    Ladders ladders =
        new Ladders(
            request,
            codes,
            weights,
            levelMin,
            levelMax,
            caps(request),
            EffortTable.of(request, this));
    BigDecimal startSum = BigDecimal.ZERO;
    for (int i = 0; i < codes.length; i++) {
      startSum = startSum.add(request.levels().get(codes[i]).multiply(weights[i]));
    }
    GradingBasis basis = request.basis();
    BigDecimal base = startSum;
    BigDecimal unit = ladders.unit;
    LongFunction<BigDecimal> indexAt = u -> divide(base.add(unit.multiply(BigDecimal.valueOf(u))));
    Plan.Standing startStanding = standing(start.index(), basis);
    Plan.Standing maximum = standing(indexAt.apply(ladders.totalUnits), basis);
    StepKnapsack knapsack;
    try {
      knapsack = new StepKnapsack(ladders.gainUnits, ladders.costUnits);
    } catch (ArithmeticException e) {
      throw new PlanningException(Reason.EFFORT_TOO_LARGE, "effort", "");
    }
    int[] counts;
    if (request.goal() instanceof Goal.Budget budget) {
      counts = knapsack.bestWithin(ladders.budgetUnits(budget));
    } else {
      LongPredicate reaches = reachTest(request.goal(), basis, indexAt);
      if (reaches.test(0)) {
        return none(request, true, Plan.Reason.ALREADY_REACHED, startStanding, maximum);
      }
      if (!reaches.test(ladders.totalUnits)) {
        return none(request, false, Plan.Reason.TARGET_ABOVE_MAXIMUM, startStanding, maximum);
      }
      int low = 0;
      int high = ladders.totalUnits;
      while (high - low > 1) {
        int middle = (low + high) >>> 1;
        if (reaches.test(middle)) {
          high = middle;
        } else {
          low = middle;
        }
      }
      counts = knapsack.cheapestReaching(high);
    }
    return planOf(request, counts, ladders, startStanding, maximum, indexAt);
  }

  private Plan planOf(
      PlanRequest request,
      int[] counts,
      Ladders ladders,
      Plan.Standing start,
      Plan.Standing maximum,
      LongFunction<BigDecimal> indexAt) {
    Map<String, BigDecimal> levels = new HashMap<>(request.levels());
    List<Plan.Step> steps = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    long units = 0;
    for (int i = 0; i < codes.length; i++) {
      Ladders.Ladder ladder = ladders.of[i];
      for (int k = 0; k < counts[i]; k++) {
        steps.add(
            new Plan.Step(
                codes[i],
                ladder.levels()[k],
                ladder.levels()[k + 1],
                ladder.efforts()[k],
                divide(ladder.gains()[k])));
        total = total.add(ladder.efforts()[k]);
      }
      if (counts[i] > 0) {
        levels.put(codes[i], ladder.levels()[counts[i]]);
        units += ladders.gainUnits[i][counts[i]];
      }
    }
    BigDecimal index = scorer.score(levels).index();
    if (index.compareTo(indexAt.apply(units)) != 0) {
      throw new IllegalStateException("planned gain disagrees with the scorer: " + index);
    }
    return new Plan(
        request.goal(),
        true,
        null,
        List.copyOf(steps),
        total,
        start,
        standing(index, request.basis()),
        maximum);
  }

  private static Plan none(
      PlanRequest request,
      boolean feasible,
      Plan.Reason reason,
      Plan.Standing start,
      Plan.Standing maximum) {
    return new Plan(
        request.goal(), feasible, reason, List.of(), BigDecimal.ZERO, start, start, maximum);
  }

  /** Whether u gain units reach the goal, by the real rule; rises with u. */
  private LongPredicate reachTest(Goal goal, GradingBasis basis, LongFunction<BigDecimal> indexAt) {
    if (goal instanceof Goal.Index target) {
      BigDecimal value = target.value();
      if (value == null || value.compareTo(levelMin) < 0 || value.compareTo(levelMax) > 0) {
        throw new PlanningException(
            Reason.INDEX_OUT_OF_SCALE,
            "target.index",
            value == null ? "" : value.toPlainString(),
            levelMin.toPlainString(),
            levelMax.toPlainString());
      }
      return u -> indexAt.apply(u).compareTo(value) >= 0;
    }
    BigDecimal floor = band(((Goal.Predicate) goal).name()).getLowerBound();
    return u ->
        Grading.grade(framework, basis, indexAt.apply(u)).getLowerBound().compareTo(floor) >= 0;
  }

  /** The band named {@code name} in either language, without regard to case. */
  PredicateBand band(String name) {
    List<PredicateBand> bands = framework.predicateScale().bands();
    String wanted = name == null ? "" : name.strip();
    for (PredicateBand band : bands) {
      if (band.getNameId().equalsIgnoreCase(wanted) || band.getNameEn().equalsIgnoreCase(wanted)) {
        return band;
      }
    }
    throw new PlanningException(
        Reason.UNKNOWN_PREDICATE,
        "target.predicate",
        wanted,
        String.join(", ", bands.stream().map(PredicateBand::getNameId).toList()));
  }

  private Plan.Standing standing(BigDecimal exact, GradingBasis basis) {
    return new Plan.Standing(
        exact,
        Rounding.display(exact, framework),
        Grade.of(Grading.grade(framework, basis, exact)));
  }

  /** A weighted sum as index points, divided exactly as the scorer divides it. */
  private BigDecimal divide(BigDecimal sum) {
    return totalWeight.signum() == 0 ? BigDecimal.ZERO : Rounding.divide(sum, totalWeight);
  }

  /** The most steps each indicator may take: unlimited unless capped, 0 when excluded. */
  private int[] caps(PlanRequest request) {
    int[] caps = new int[codes.length];
    Arrays.fill(caps, Integer.MAX_VALUE);
    for (Map.Entry<String, Integer> e : request.maxSteps().entrySet()) {
      int at = indexOf(e.getKey(), "maxSteps." + e.getKey());
      if (e.getValue() == null || e.getValue() < 0) {
        throw new PlanningException(
            Reason.MAX_STEPS_NEGATIVE, "maxSteps." + e.getKey(), e.getKey());
      }
      caps[at] = e.getValue();
    }
    for (String code : request.exclude()) {
      caps[indexOf(code, "exclude")] = 0;
    }
    return caps;
  }

  int indexOf(String code, String field) {
    Integer at = position.get(code);
    if (at == null) {
      throw new PlanningException(Reason.UNKNOWN_INDICATOR, field, code);
    }
    return at;
  }

  int rungs() {
    return rungs;
  }

  int size() {
    return codes.length;
  }
}
