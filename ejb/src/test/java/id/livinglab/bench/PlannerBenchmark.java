package id.livinglab.bench;

import id.livinglab.framework.FrameworkFiles;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.GradingBasis;
import id.livinglab.framework.NodeKind;
import id.livinglab.framework.PredicateBand;
import id.livinglab.planning.Goal;
import id.livinglab.planning.Plan;
import id.livinglab.planning.PlanRequest;
import id.livinglab.planning.Planner;
import id.livinglab.scoring.Scorer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The planner benchmark ({@code ./mvnw -q -Pbench -pl domain,ejb verify -DskipTests}): plans on the
 * full SPBE 2020 (47 indicators, whole levels) and Pemdi 2026 (20 indicators, two-decimal values)
 * from random start levels with random efforts of 1–10 per step, for three goals: the next
 * predicate, the index + 0.5, and a budget of 10–40. Reports the median, p95 and worst time per
 * plan over 1,000 plans after a warm-up (goal: median under 10 ms). Timings are printed, never
 * asserted.
 */
public final class PlannerBenchmark {

  private static final int PLANS = 1_000;
  private static final int WARMUP = 500;

  private PlannerBenchmark() {}

  public static void main(String[] args) {
    for (String code : List.of("spbe-2020", "pemdi-2026")) {
      FrameworkVersion framework = FrameworkFiles.read(FrameworkFiles.shipped(code));
      Planner planner = new Planner(framework);
      Scorer scorer = new Scorer(framework);
      run(planner, "next predicate", r -> nextPredicate(framework, scorer, r));
      run(planner, "index + 0.5", r -> indexUp(framework, scorer, r));
      run(
          planner,
          "budget 10-40",
          r -> new Goal.Budget(BigDecimal.valueOf(10 + r.random.nextInt(31))));
    }
  }

  /** Random start levels and efforts, and the goal chosen for them. */
  private record Question(
      Map<String, BigDecimal> levels, Map<String, List<BigDecimal>> effort, Random random) {}

  private static void run(Planner planner, String label, Function<Question, Goal> goal) {
    FrameworkVersion framework = planner.framework();
    Random random = new Random(2026);
    List<PlanRequest> requests = new ArrayList<>();
    for (int p = 0; p < WARMUP + PLANS; p++) {
      Question q = question(framework, random);
      requests.add(
          new PlanRequest(q.levels(), GradingBasis.EXACT, goal.apply(q), q.effort(), null, null));
    }
    long[] nanos = new long[PLANS];
    int feasible = 0;
    long steps = 0;
    for (int p = 0; p < requests.size(); p++) {
      long start = System.nanoTime();
      Plan plan = planner.plan(requests.get(p));
      long took = System.nanoTime() - start;
      if (p >= WARMUP) {
        nanos[p - WARMUP] = took;
        feasible += plan.feasible() ? 1 : 0;
        steps += plan.steps().size();
      }
    }
    Arrays.sort(nanos);
    System.out.printf(
        "plan %s, %s: %,d plans, median %.2f ms, p95 %.2f ms, max %.2f ms"
            + " (%d feasible, %.1f steps on average)%n",
        framework.getCode(),
        label,
        PLANS,
        nanos[PLANS / 2] / 1e6,
        nanos[PLANS * 95 / 100] / 1e6,
        nanos[PLANS - 1] / 1e6,
        feasible,
        steps / (double) PLANS);
  }

  private static Question question(FrameworkVersion framework, Random random) {
    boolean whole = framework.getLevelStep().compareTo(BigDecimal.ONE) == 0;
    int rungs = framework.getLevelMax().intValue();
    Map<String, BigDecimal> levels = new HashMap<>();
    Map<String, List<BigDecimal>> effort = new HashMap<>();
    for (FrameworkNode n : framework.nodesOfKind(NodeKind.INDICATOR)) {
      levels.put(
          n.getCode(),
          whole
              ? BigDecimal.valueOf(1 + random.nextInt(4))
              : BigDecimal.valueOf(100 + random.nextInt(301), 2));
      List<BigDecimal> steps = new ArrayList<>();
      for (int k = 1; k < rungs; k++) {
        steps.add(BigDecimal.valueOf(1 + random.nextInt(10)));
      }
      effort.put(n.getCode(), steps);
    }
    return new Question(levels, effort, random);
  }

  private static Goal nextPredicate(FrameworkVersion framework, Scorer scorer, Question q) {
    BigDecimal index = scorer.score(q.levels()).index();
    PredicateBand next =
        framework.predicateScale().next(index).orElse(framework.predicateScale().grade(index));
    return new Goal.Predicate(next.getNameId());
  }

  private static Goal indexUp(FrameworkVersion framework, Scorer scorer, Question q) {
    BigDecimal index = scorer.score(q.levels()).index().add(new BigDecimal("0.5"));
    return new Goal.Index(index.setScale(2, RoundingMode.CEILING).min(framework.getLevelMax()));
  }
}
