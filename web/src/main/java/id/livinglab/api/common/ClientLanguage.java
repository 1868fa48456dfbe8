package id.livinglab.api.common;

import id.livinglab.web.i18n.Languages;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The language an API answer is worded in: an explicit {@code lang} parameter (the page's language,
 * for downloads started from a page), else the client's Accept-Language, else Bahasa Indonesia.
 *
 * <p>The header is read here, not through {@link HttpHeaders#getAcceptableLanguages()}: that throws
 * on a malformed header ({@code en;q=2}), and since only the error mappers ask, every error became
 * a 500 page. A header that does not parse is read range by range, each without its weight, in the
 * order given: a careless client still gets its language, and the real error.
 */
public final class ClientLanguage {

  private ClientLanguage() {}

  public static Locale of(HttpHeaders headers, String lang) {
    if (lang != null && !lang.isBlank()) {
      return Languages.parse(lang);
    }
    return of(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }

  /**
   * The first of English or Bahasa Indonesia in an Accept-Language value (null: none sent);
   * otherwise Bahasa Indonesia. For answers made before JAX-RS, from the servlet request's header.
   */
  public static Locale of(String acceptLanguage) {
    return acceptLanguage == null ? Languages.INDONESIAN : fromHeader(acceptLanguage);
  }

  static Locale fromHeader(String header) {
    for (String range : ranges(header)) {
      String language = range.split("-", 2)[0].strip().toLowerCase(Locale.ROOT);
      if ("en".equals(language)) {
        return Languages.ENGLISH;
      }
      if ("id".equals(language) || "in".equals(language)) {
        return Languages.INDONESIAN;
      }
    }
    return Languages.INDONESIAN;
  }

  private static List<String> ranges(String header) {
    try {
      return Locale.LanguageRange.parse(header).stream()
          .filter(r -> r.getWeight() > 0)
          .map(Locale.LanguageRange::getRange)
          .toList();
    } catch (IllegalArgumentException malformed) {
      return Arrays.stream(header.split(",")).map(r -> r.split(";", 2)[0]).toList();
    }
  }
}
