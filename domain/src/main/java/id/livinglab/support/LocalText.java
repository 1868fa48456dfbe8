package id.livinglab.support;

import java.util.Locale;

/**
 * Picks the text of a page's language from a thing's two names: Bahasa Indonesia first, English
 * where asked and given (a missing English name falls back to the Indonesian one).
 */
public final class LocalText {

  private LocalText() {}

  public static boolean english(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }

  public static String pick(Locale locale, String nameId, String nameEn) {
    return english(locale) && nameEn != null && !nameEn.isBlank() ? nameEn : nameId;
  }
}
