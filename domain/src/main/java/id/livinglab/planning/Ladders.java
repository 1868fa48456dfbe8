package id.livinglab.planning;

import id.livinglab.planning.PlanningException.Reason;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Every indicator's ladder of steps for one question, with gains and costs counted in whole units:
 * the gain unit is the greatest common divisor of all step gains (so every plan gains a whole
 * number of units), the cost unit the smallest decimal place any effort uses.
 */
final class Ladders {

  /** The steps one indicator may take, from its starting value up. */
  record Ladder(BigDecimal[] levels, BigDecimal[] efforts, BigDecimal[] gains) {}

  /** More gain units than this would need tables beyond a few tens of megabytes. */
  static final int MAX_UNITS = 4_000_000;

  final Ladder[] of;
  final long[][] gainUnits;
  final long[][] costUnits;
  final BigDecimal unit;
  final int totalUnits;
  private final int costScale;

  /**
   * A step raises a value v to floor(v) + 1, at least the bottom of the scale and at most its top,
   * and gains (to − v) × weight; an indicator takes at most {@code caps[i]} steps.
   */
  Ladders(
      PlanRequest request,
      String[] codes,
      BigDecimal[] weights,
      BigDecimal levelMin,
      BigDecimal levelMax,
      int[] caps,
      EffortTable effort) {
    of = new Ladder[codes.length];
    gainUnits = new long[codes.length][];
    costUnits = new long[codes.length][];
    int gainScale = 0;
    int scale = 0;
    for (int i = 0; i < codes.length; i++) {
      of[i] =
          ladder(
              request.levels().get(codes[i]), weights[i], levelMin, levelMax, caps[i], effort, i);
      for (int k = 0; k < of[i].gains.length; k++) {
        gainScale = Math.max(gainScale, of[i].gains[k].stripTrailingZeros().scale());
        scale = Math.max(scale, of[i].efforts[k].stripTrailingZeros().scale());
      }
    }
    costScale = scale;
    BigInteger gcd = BigInteger.ZERO;
    for (Ladder ladder : of) {
      for (BigDecimal gain : ladder.gains) {
        gcd = gcd.gcd(gain.movePointRight(gainScale).toBigIntegerExact());
      }
    }
    if (gcd.signum() == 0) {
      gcd = BigInteger.ONE;
    }
    unit = new BigDecimal(gcd, gainScale);
    long total = 0;
    for (int i = 0; i < codes.length; i++) {
      int steps = of[i].gains.length;
      gainUnits[i] = new long[steps + 1];
      costUnits[i] = new long[steps + 1];
      for (int k = 0; k < steps; k++) {
        BigInteger units = of[i].gains[k].movePointRight(gainScale).toBigIntegerExact().divide(gcd);
        if (units.bitLength() > 31 || (total += units.longValue()) > MAX_UNITS) {
          throw new PlanningException(Reason.TOO_FINE, "levels");
        }
        gainUnits[i][k + 1] = gainUnits[i][k] + units.longValue();
        costUnits[i][k + 1] = Math.addExact(costUnits[i][k], costUnits(of[i].efforts[k]));
      }
    }
    totalUnits = (int) total;
  }

  private long costUnits(BigDecimal effort) {
    try {
      return effort.movePointRight(costScale).longValueExact();
    } catch (ArithmeticException e) {
      throw new PlanningException(Reason.EFFORT_TOO_LARGE, "effort", "");
    }
  }

  /** The budget in cost units, rounded down: a plan fits exactly when its units fit. */
  long budgetUnits(Goal.Budget budget) {
    BigDecimal effort = budget.effort();
    if (effort == null || effort.signum() < 0) {
      throw new PlanningException(
          Reason.BUDGET_NEGATIVE, "budget", effort == null ? "" : effort.toPlainString());
    }
    BigInteger units =
        effort.movePointRight(costScale).setScale(0, RoundingMode.FLOOR).toBigInteger();
    return units.bitLength() > 62 ? Long.MAX_VALUE / 2 : units.longValue();
  }

  private static Ladder ladder(
      BigDecimal from,
      BigDecimal weight,
      BigDecimal levelMin,
      BigDecimal levelMax,
      int cap,
      EffortTable effort,
      int i) {
    List<BigDecimal> levels = new ArrayList<>();
    List<BigDecimal> efforts = new ArrayList<>();
    List<BigDecimal> gains = new ArrayList<>();
    levels.add(from);
    BigDecimal v = from;
    while (efforts.size() < cap && v.compareTo(levelMax) < 0) {
      int rung = v.setScale(0, RoundingMode.FLOOR).intValueExact();
      BigDecimal to = BigDecimal.valueOf(rung + 1L).max(levelMin).min(levelMax);
      efforts.add(effort.of(i, rung));
      gains.add(to.subtract(v).multiply(weight));
      levels.add(to);
      v = to;
    }
    return new Ladder(
        levels.toArray(BigDecimal[]::new),
        efforts.toArray(BigDecimal[]::new),
        gains.toArray(BigDecimal[]::new));
  }
}
