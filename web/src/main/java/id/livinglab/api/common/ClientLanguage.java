package id.livinglab.api.common;

import id.livinglab.web.i18n.Languages;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/**
 * The language an API answer is worded in: an explicit {@code lang} parameter (the page's language,
 * for downloads started from a page), else the client's Accept-Language, else Bahasa Indonesia.
 */
public final class ClientLanguage {

  private ClientLanguage() {}

  public static Locale of(HttpHeaders headers, String lang) {
    if (lang != null && !lang.isBlank()) {
      return Languages.parse(lang);
    }
    if (headers != null) {
      for (Locale l : headers.getAcceptableLanguages()) {
        if ("en".equals(l.getLanguage())) {
          return Languages.ENGLISH;
        }
        if ("id".equals(l.getLanguage()) || "in".equals(l.getLanguage())) {
          return Languages.INDONESIAN;
        }
      }
    }
    return Languages.INDONESIAN;
  }
}
