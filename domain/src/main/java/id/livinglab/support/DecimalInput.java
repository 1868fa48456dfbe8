package id.livinglab.support;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The one bound on numbers that come from outside (JSON bodies, CSV cells, query parameters): at
 * most {@value #MAX_INTEGER_DIGITS} digits before the decimal point and {@value #MAX_DECIMALS}
 * after it (trailing zeros do not count). Checked before any arithmetic, because a {@link
 * BigDecimal} holds {@code 1e3000000} in a few bytes while adding it to 1 builds three million
 * digits: seconds of CPU for the caller's few characters. No value of the platform comes near the
 * bound (indices, levels, weights and efforts have at most 15 integer digits and 4 decimals).
 */
public final class DecimalInput {

  public static final int MAX_INTEGER_DIGITS = 20;
  public static final int MAX_DECIMALS = 10;

  /**
   * Longer number texts are refused unread: the bounded digits, a sign, a point and an exponent fit
   * well within it, and parsing a long text is itself quadratic.
   */
  static final int MAX_TEXT = 64;

  private DecimalInput() {}

  /** Whether {@code value} is within the bound; cheap for any exponent. */
  public static boolean bounded(BigDecimal value) {
    if (value.scale() < -MAX_INTEGER_DIGITS || value.precision() > MAX_TEXT) {
      return false;
    }
    BigDecimal v = value.scale() > MAX_DECIMALS ? value.stripTrailingZeros() : value;
    return v.scale() <= MAX_DECIMALS && v.precision() - v.scale() <= MAX_INTEGER_DIGITS;
  }

  /** Whether {@code text} is short enough to be parsed at all. */
  public static boolean shortEnough(String text) {
    return text.length() <= MAX_TEXT;
  }

  /** {@code text} as a decimal within the bound; empty when it is not a number or beyond it. */
  public static Optional<BigDecimal> parse(String text) {
    if (text == null || text.isBlank() || !shortEnough(text.strip())) {
      return Optional.empty();
    }
    try {
      BigDecimal value = new BigDecimal(text.strip());
      return bounded(value) ? Optional.of(value) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
