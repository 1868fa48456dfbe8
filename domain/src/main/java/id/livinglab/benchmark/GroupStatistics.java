package id.livinglab.benchmark;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Average, median and spread of a group's values. A group's figures are shown only when it has at
 * least {@link #MIN_MEMBERS} members with a value: fewer would single out a region and swing with
 * one result.
 */
public record GroupStatistics(
    int count,
    BigDecimal mean,
    BigDecimal median,
    BigDecimal min,
    BigDecimal max,
    BigDecimal standardDeviation) {

  public static final int MIN_MEMBERS = 5;

  public static GroupStatistics of(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return new GroupStatistics(0, null, null, null, null, null);
    }
    List<BigDecimal> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal mean = sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL64);
    BigDecimal median =
        n % 2 == 1
            ? sorted.get(n / 2)
            : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
    BigDecimal squares = BigDecimal.ZERO;
    for (BigDecimal v : sorted) {
      BigDecimal d = v.subtract(mean);
      squares = squares.add(d.multiply(d));
    }
    BigDecimal deviation =
        squares.divide(BigDecimal.valueOf(n), MathContext.DECIMAL64).sqrt(MathContext.DECIMAL64);
    return new GroupStatistics(
        n,
        mean,
        median,
        sorted.get(0),
        sorted.get(n - 1),
        deviation.setScale(4, RoundingMode.HALF_UP));
  }

  /** Whether the group is large enough for its figures to be shown. */
  public boolean shown() {
    return count >= MIN_MEMBERS;
  }
}
