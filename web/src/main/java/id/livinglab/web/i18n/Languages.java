package id.livinglab.web.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The two languages of the platform and where the user's choice is kept. Bahasa Indonesia is the
 * default; English is chosen with {@code ?lang=en} on any page and kept in the session.
 */
public final class Languages {

  public static final Locale INDONESIAN = Locale.forLanguageTag("id");
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final String BUNDLE = "id.livinglab.web.i18n.messages";
  static final String SESSION_KEY = "livinglab.locale";

  private Languages() {}

  /** The language of this request: the session's choice, else Bahasa Indonesia. */
  public static Locale of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
    return chosen instanceof Locale locale ? locale : INDONESIAN;
  }

  /** Parses a language code; anything but "en" is Bahasa Indonesia. */
  public static Locale parse(String code) {
    return "en".equalsIgnoreCase(code) ? ENGLISH : INDONESIAN;
  }

  public static boolean isEnglish(Locale locale) {
    return ENGLISH.getLanguage().equals(locale.getLanguage());
  }

  /**
   * A message from the bundle, formatted with {@code args}; the key itself if it is missing. A
   * whole number in a bare {@code {0}} is written without a grouping separator: such numbers are
   * years, line numbers and limits ("periode 2026", never "periode 2.026"); a pattern that wants a
   * grouped count asks for it with {@code {0,number,integer}}.
   */
  public static String message(Locale locale, String key, Object... args) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    try {
      String pattern = bundle.getString(key);
      return args.length == 0 ? pattern : format(pattern, locale, args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  private static String format(String pattern, Locale locale, Object[] args) {
    MessageFormat format = new MessageFormat(pattern, locale);
    Format[] formats = format.getFormatsByArgumentIndex();
    for (int i = 0; i < formats.length && i < args.length; i++) {
      if (formats[i] == null
          && (args[i] instanceof Integer || args[i] instanceof Long || args[i] instanceof Short)) {
        NumberFormat plain = NumberFormat.getIntegerInstance(locale);
        plain.setGroupingUsed(false);
        format.setFormatByArgumentIndex(i, plain);
      }
    }
    return format.format(args);
  }
}
