package id.livinglab.web.i18n;

import id.livinglab.common.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;

/**
 * The two languages of the platform and where the user's choice is kept. Bahasa Indonesia is the
 * default; English is chosen with {@code ?lang=en} on any page and kept in the session.
 */
public final class Languages {

  public static final Locale INDONESIAN = Locale.forLanguageTag("id");
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final String BUNDLE = Messages.BUNDLE;
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

  /** A message from the bundle in {@code locale}: see {@link Messages#message}. */
  public static String message(Locale locale, String key, Object... args) {
    return Messages.message(locale, key, args);
  }
}
