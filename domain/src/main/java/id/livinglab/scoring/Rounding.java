package id.livinglab.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one place where index values are rounded. Published values are rounded half-up to two
 * decimals from the exact sums, never from rounded parts.
 */
public final class Rounding {

  /** Precision of intermediate quotients (aspect and domain means): far beyond any display. */
  public static final MathContext EXACT = MathContext.DECIMAL128;

  public static final int DISPLAY_SCALE = 2;

  private Rounding() {}

  /** Half-up to two decimals: 3.005 shows 3.01, 2.845 shows 2.85. */
  public static BigDecimal display(BigDecimal exact) {
    return exact.setScale(DISPLAY_SCALE, RoundingMode.HALF_UP);
  }

  /**
   * A quotient kept exact to 34 significant digits. Dividing by a power of ten (the index's 100) is
   * a shift of the decimal point: exact and cheap.
   */
  public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
    BigDecimal d = divisor.stripTrailingZeros();
    if (d.unscaledValue().equals(java.math.BigInteger.ONE)) {
      return dividend.movePointLeft(-d.scale()).stripTrailingZeros();
    }
    return dividend.divide(divisor, EXACT).stripTrailingZeros();
  }
}
