package id.livinglab.scoring;

import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.RoundingRule;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The one place where index values are rounded. Published values are rounded half-up to two
 * decimals from the exact sums, never from rounded parts.
 */
public final class Rounding {

  /** Precision of intermediate quotients (aspect and domain means): far beyond any display. */
  public static final MathContext EXACT = MathContext.DECIMAL128;

  private Rounding() {}

  /**
   * Half-up to two decimals, the rule of SPBE and Pemdi: 3.005 shows 3.01, 2.845 shows 2.85. A
   * framework may name another ({@link FrameworkVersion#roundingRule()}).
   */
  public static BigDecimal display(BigDecimal exact) {
    return RoundingRule.HALF_UP_2.apply(exact);
  }

  /** A value as the framework shows it. */
  public static BigDecimal display(BigDecimal exact, FrameworkVersion framework) {
    return framework.roundingRule().apply(exact);
  }

  /**
   * A quotient kept exact to 34 significant digits. Dividing by a power of ten (the index's 100) is
   * a shift of the decimal point: exact and cheap.
   */
  public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
    BigDecimal d = divisor.stripTrailingZeros();
    if (d.unscaledValue().equals(BigInteger.ONE)) {
      return dividend.movePointLeft(-d.scale()).stripTrailingZeros();
    }
    return dividend.divide(divisor, EXACT).stripTrailingZeros();
  }
}
