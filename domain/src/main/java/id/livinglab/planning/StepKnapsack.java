package id.livinglab.planning;

import java.util.Arrays;

/**
 * The exact solver: a multiple-choice knapsack over whole numbers. Each indicator offers 0..K steps
 * with cumulative gains and costs (both counted in integer units, so no comparison is ever
 * rounded); a plan takes one option per indicator. Dynamic programming over the gain, from the last
 * indicator to the first, keeps the cheapest way to reach every gain; one pass forward then reads
 * the plan off the recorded choices.
 *
 * <p>Plans are ordered by a key {@code cost × M + steps} (M exceeds any step count), so equal costs
 * prefer fewer steps; among plans equal on both, the recorded choice is the largest step count on
 * the earliest indicator (options are tried in ascending order and an equal key replaces the one
 * kept), which makes the plan the lexicographically greatest vector of step counts in framework
 * order: deterministic, and steps sit on the lowest indicators.
 *
 * <p>Work is Σ(K + 1) × G for G gain units: the target's need, or the total gain for a budget.
 */
final class StepKnapsack {

  private static final long NONE = Long.MAX_VALUE;

  private final long[][] gains;
  private final long[][] keys;
  private final long multiplier;

  /**
   * @param gains per indicator, the cumulative gain of 0..K steps (gains[i][0] = 0)
   * @param costs per indicator, the cumulative cost of 0..K steps (costs[i][0] = 0)
   * @throws ArithmeticException when the dearest plan's key would not fit in a long
   */
  StepKnapsack(long[][] gains, long[][] costs) {
    this.gains = gains;
    long steps = 0;
    for (long[] g : gains) {
      steps += g.length - 1;
    }
    multiplier = steps + 1;
    keys = new long[costs.length][];
    long dearest = 0;
    for (int i = 0; i < costs.length; i++) {
      keys[i] = new long[costs[i].length];
      for (int k = 0; k < costs[i].length; k++) {
        keys[i][k] = Math.addExact(Math.multiplyExact(costs[i][k], multiplier), k);
      }
      dearest = Math.addExact(dearest, keys[i][costs[i].length - 1]);
    }
  }

  /** Steps per indicator of the cheapest plan gaining at least {@code need} units. */
  int[] cheapestReaching(int need) {
    int n = gains.length;
    byte[][] choice = new byte[n][need + 1];
    long[] next = new long[need + 1];
    Arrays.fill(next, NONE);
    next[0] = 0;
    long[] current = new long[need + 1];
    for (int i = n - 1; i >= 0; i--) {
      Arrays.fill(current, NONE);
      long[] gain = gains[i];
      long[] key = keys[i];
      byte[] chosen = choice[i];
      for (int k = 0; k < gain.length; k++) {
        long g = gain[k];
        long add = key[k];
        for (int r = 0; r <= need; r++) {
          long rest = next[(int) Math.max(0, r - g)];
          if (rest != NONE && rest + add <= current[r]) {
            current[r] = rest + add;
            chosen[r] = (byte) k;
          }
        }
      }
      long[] swap = next;
      next = current;
      current = swap;
    }
    if (next[need] == NONE) {
      return null;
    }
    int[] counts = new int[n];
    int r = need;
    for (int i = 0; i < n; i++) {
      counts[i] = choice[i][r];
      r = (int) Math.max(0, r - gains[i][counts[i]]);
    }
    return counts;
  }

  /**
   * Steps per indicator of the plan with the largest gain costing at most {@code budget} units;
   * among equal gains the cheapest.
   */
  int[] bestWithin(long budget) {
    int n = gains.length;
    long limit =
        budget >= (NONE - multiplier) / multiplier
            ? NONE - 1
            : budget * multiplier + multiplier - 1;
    int[] top = new int[n + 1];
    for (int i = n - 1; i >= 0; i--) {
      top[i] = Math.toIntExact(top[i + 1] + gains[i][gains[i].length - 1]);
    }
    byte[][] choice = new byte[n][];
    long[] next = {0};
    for (int i = n - 1; i >= 0; i--) {
      long[] current = new long[top[i] + 1];
      Arrays.fill(current, NONE);
      byte[] chosen = new byte[top[i] + 1];
      long[] gain = gains[i];
      long[] key = keys[i];
      for (int k = 0; k < gain.length; k++) {
        int g = (int) gain[k];
        long add = key[k];
        if (add > limit) {
          continue;
        }
        for (int before = 0; before < next.length; before++) {
          long rest = next[before];
          if (rest != NONE && rest + add <= limit && rest + add <= current[before + g]) {
            current[before + g] = rest + add;
            chosen[before + g] = (byte) k;
          }
        }
      }
      choice[i] = chosen;
      next = current;
    }
    int best = next.length - 1;
    while (next[best] == NONE) {
      best--;
    }
    int[] counts = new int[n];
    int g = best;
    for (int i = 0; i < n; i++) {
      counts[i] = choice[i][g];
      g -= (int) gains[i][counts[i]];
    }
    return counts;
  }
}
