package id.livinglab.common;

import java.util.Locale;

/**
 * One way to read a word of a fixed list from a request (a parameter, a JSON field): blank is
 * absent, case does not matter, a dash reads as an underscore, anything else is a 400 naming the
 * field and the value.
 */
public final class EnumInput {

  private EnumInput() {}

  public static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "error.param.word", field, value);
    }
  }
}
