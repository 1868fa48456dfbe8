package id.livinglab.assessment;

import id.livinglab.common.InvalidInputException;
import id.livinglab.framework.FrameworkVersion;
import java.math.BigDecimal;

/**
 * Checks of what people type, shared by the self-assessment and the review. Texts are stored as
 * typed (a script stays text: every page escapes what it shows); only their size is limited.
 */
public final class TextInput {

  private TextInput() {}

  /** A required text of at most {@code max} characters, trimmed. */
  public static String required(String field, String value, int max) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      throw new InvalidInputException(field, "error.text.required");
    }
    return limited(field, v, max);
  }

  /** An optional text of at most {@code max} characters, trimmed; null when empty. */
  public static String optional(String field, String value, int max) {
    String v = value == null ? "" : value.strip();
    return v.isEmpty() ? null : limited(field, v, max);
  }

  private static String limited(String field, String v, int max) {
    if (v.length() > max) {
      throw new InvalidInputException(field, "error.text.tooLong", max, v.length());
    }
    return v;
  }

  /** A level on the framework's scale (whole levels for SPBE, two decimals for Pemdi). */
  public static BigDecimal level(String field, BigDecimal level, FrameworkVersion framework) {
    if (level == null) {
      throw new InvalidInputException(field, "error.text.required");
    }
    if (!framework.isOnScale(level)) {
      throw new InvalidInputException(
          field,
          "error.assessment.level",
          level.toPlainString(),
          framework.getLevelMin().toPlainString(),
          framework.getLevelMax().toPlainString(),
          framework.getLevelStep().toPlainString());
    }
    return level;
  }
}
