package id.livinglab.assessment;

import id.livinglab.common.InvalidInputException;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.support.WebAddress;
import java.math.BigDecimal;

/**
 * Checks of what people type, shared by every service that stores a text and by every JSON body
 * ({@code JsonBody}). Texts are stored as typed (a script stays text: every page escapes what it
 * shows); their size is limited, and characters that are never typed on purpose are refused (see
 * {@link #plain}).
 */
public final class TextInput {

  private TextInput() {}

  /**
   * {@code value} unchanged, refused if it holds a control character other than tab, line feed and
   * carriage return (NUL ends a C string in an export, ESC recolours a terminal reading the log) or
   * a bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069: they make
   * "Diskominfo", U+202E, "gnp.exe" read as "Diskominfoexe.png"). Null passes.
   */
  public static String plain(String field, String value) {
    if (value != null) {
      for (int i = 0; i < value.length(); i++) {
        if (refused(value.charAt(i))) {
          throw new InvalidInputException(field, "error.text.control", field);
        }
      }
    }
    return value;
  }

  private static boolean refused(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || c == 0x7F
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** A required text of at most {@code max} characters, trimmed. */
  public static String required(String field, String value, int max) {
    String v = value == null ? "" : plain(field, value).strip();
    if (v.isEmpty()) {
      throw new InvalidInputException(field, "error.text.required");
    }
    return limited(field, v, max);
  }

  /** An optional text of at most {@code max} characters, trimmed; null when empty. */
  public static String optional(String field, String value, int max) {
    String v = value == null ? "" : plain(field, value).strip();
    return v.isEmpty() ? null : limited(field, v, max);
  }

  private static String limited(String field, String v, int max) {
    if (v.length() > max) {
      throw new InvalidInputException(field, "error.text.tooLong", max, v.length());
    }
    return v;
  }

  /**
   * An address a user gives ({@link WebAddress}: http or https with a host), trimmed; anything else
   * is refused naming the field, so that no {@code javascript:} link is ever stored.
   */
  public static String url(String field, String value) {
    if (!WebAddress.isSafe(value)) {
      throw new InvalidInputException(field, "error.url", field);
    }
    return value.strip();
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
