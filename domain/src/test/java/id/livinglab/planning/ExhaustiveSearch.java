package id.livinglab.planning;

import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.NodeKind;
import id.livinglab.framework.PredicateBand;
import id.livinglab.scoring.Grading;
import id.livinglab.scoring.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The planner's question answered the slow, obvious way: every combination of step counts is tried,
 * and the best kept by the documented order (least effort; for a budget, the highest index first).
 * Written plainly so that it can be trusted as the reference of the property test.
 */
final class ExhaustiveSearch {

  /**
   * What the search finds: step counts per indicator, their cost, the index, and whether the target
   * is reached.
   */
  record Best(int[] counts, BigDecimal cost, BigDecimal index, boolean reaches) {}

  private ExhaustiveSearch() {}

  static int sum(int[] counts) {
    int s = 0;
    for (int k : counts) {
      s += k;
    }
    return s;
  }

  static Best best(RandomCases.Case x) {
    FrameworkVersion f = x.framework();
    List<FrameworkNode> indicators = f.nodesOfKind(NodeKind.INDICATOR);
    int n = indicators.size();
    List<List<BigDecimal>> levels = new ArrayList<>();
    List<List<BigDecimal>> costs = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      String code = indicators.get(i).getCode();
      List<BigDecimal> ladder = new ArrayList<>();
      List<BigDecimal> cumulative = new ArrayList<>();
      BigDecimal v = x.request().levels().get(code);
      BigDecimal cost = BigDecimal.ZERO;
      ladder.add(v);
      cumulative.add(cost);
      while (ladder.size() - 1 < x.caps()[i] && v.compareTo(f.getLevelMax()) < 0) {
        int whole = v.setScale(0, RoundingMode.FLOOR).intValue();
        cost = cost.add(effort(x, code, whole));
        v = BigDecimal.valueOf(whole + 1).max(f.getLevelMin()).min(f.getLevelMax());
        ladder.add(v);
        cumulative.add(cost);
      }
      levels.add(ladder);
      costs.add(cumulative);
      total = total.add(indicators.get(i).getWeight());
    }
    int[] counts = new int[n];
    Best best = null;
    while (true) {
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal cost = BigDecimal.ZERO;
      for (int i = 0; i < n; i++) {
        sum = sum.add(levels.get(i).get(counts[i]).multiply(indicators.get(i).getWeight()));
        cost = cost.add(costs.get(i).get(counts[i]));
      }
      BigDecimal index = total.signum() == 0 ? BigDecimal.ZERO : Rounding.divide(sum, total);
      Best candidate = new Best(counts.clone(), cost, index, reaches(x, index));
      if (better(x, candidate, best)) {
        best = candidate;
      }
      int i = n - 1;
      while (i >= 0 && counts[i] == levels.get(i).size() - 1) {
        counts[i] = 0;
        i--;
      }
      if (i < 0) {
        return best;
      }
      counts[i]++;
    }
  }

  private static BigDecimal effort(RandomCases.Case x, String code, int whole) {
    List<BigDecimal> table = x.request().effort().get(code);
    int fromOne = x.framework().getLevelMax().intValue() - 1;
    if (table == null) {
      return BigDecimal.ONE;
    }
    if (table.size() == fromOne) {
      return whole == 0 ? BigDecimal.ONE : table.get(whole - 1);
    }
    return table.get(whole);
  }

  private static boolean reaches(RandomCases.Case x, BigDecimal index) {
    Goal goal = x.request().goal();
    if (goal instanceof Goal.Index target) {
      return index.compareTo(target.value()) >= 0;
    }
    if (goal instanceof Goal.Predicate target) {
      PredicateBand wanted = null;
      for (PredicateBand band : x.framework().getBands()) {
        if (band.getNameId().equalsIgnoreCase(target.name())
            || band.getNameEn().equalsIgnoreCase(target.name())) {
          wanted = band;
        }
      }
      PredicateBand got = Grading.grade(x.framework(), x.request().basis(), index);
      return got.getLowerBound().compareTo(wanted.getLowerBound()) >= 0;
    }
    return true;
  }

  /** The documented order: see {@link Planner}. */
  private static boolean better(RandomCases.Case x, Best a, Best b) {
    if (x.request().goal() instanceof Goal.Budget budget) {
      if (a.cost().compareTo(budget.effort()) > 0) {
        return false;
      }
      if (b == null) {
        return true;
      }
      int byIndex = a.index().compareTo(b.index());
      if (byIndex != 0) {
        return byIndex > 0;
      }
    } else {
      if (!a.reaches()) {
        return false;
      }
      if (b == null) {
        return true;
      }
    }
    int byCost = a.cost().compareTo(b.cost());
    if (byCost != 0) {
      return byCost < 0;
    }
    int bySteps = Integer.compare(sum(a.counts()), sum(b.counts()));
    if (bySteps != 0) {
      return bySteps < 0;
    }
    for (int i = 0; i < a.counts().length; i++) {
      if (a.counts()[i] != b.counts()[i]) {
        return a.counts()[i] > b.counts()[i];
      }
    }
    return false;
  }
}
