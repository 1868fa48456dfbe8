package id.livinglab.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a framework's values are shown: to how many decimals and how. Both SPBE and Pemdi publish
 * half-up to two decimals; a future regulation may not.
 */
public record RoundingRule(int decimals, RoundingMode mode) {

  public static final RoundingRule HALF_UP_2 = new RoundingRule(2, RoundingMode.HALF_UP);

  public BigDecimal apply(BigDecimal exact) {
    return exact.setScale(decimals, mode);
  }
}
