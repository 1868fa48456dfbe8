package id.livinglab.api.common;

import id.livinglab.common.InvalidInputException;
import id.livinglab.framework.EvaluationYear;
import java.math.BigDecimal;

/**
 * Numbers in query parameters, read here rather than by JAX-RS: its conversion of {@code ?year=abc}
 * to an {@code Integer} fails as a 404, as if the address did not exist. A parameter that is no
 * number, or out of its range, is a 400 naming the parameter.
 */
public final class Params {

  private Params() {}

  /** A year parameter, or null when absent; refused outside {@link EvaluationYear#plausible}. */
  public static Integer year(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!value.strip().matches("\\d{1,9}")) {
      throw yearRefused(name);
    }
    return checkedYear(name, new BigDecimal(value.strip()));
  }

  /** {@code value} as a year, refused outside {@link EvaluationYear#plausible}. */
  static int checkedYear(String name, BigDecimal value) {
    if (!EvaluationYear.plausible(value)) {
      throw yearRefused(name);
    }
    return value.intValueExact();
  }

  private static InvalidInputException yearRefused(String name) {
    return new InvalidInputException(
        name, "error.field.year", name, EvaluationYear.FIRST, EvaluationYear.LAST);
  }

  /** A whole number from {@code min} to {@code max}; {@code fallback} when absent. */
  public static int integer(String name, String value, int min, int max, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    String v = value.strip();
    int n = v.matches("-?\\d{1,9}") ? Integer.parseInt(v) : min - 1;
    if (n < min || n > max) {
      throw new InvalidInputException(name, "error.field.range", name, min, max);
    }
    return n;
  }
}
