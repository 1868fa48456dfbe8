package id.livinglab.api.common;

import id.livinglab.common.BusinessException;
import id.livinglab.web.i18n.Languages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Turns a business error into a problem response worded as on the pages, in the language the client
 * accepts (Bahasa Indonesia unless it prefers English).
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(BusinessException e) {
    Locale locale = languageOf(headers);
    String detail = Languages.message(locale, e.messageKey(), e.arguments().toArray());
    Response.Status status = Response.Status.fromStatusCode(e.status());
    return new Problem(
            "about:blank",
            status == null ? "Error" : status.getReasonPhrase(),
            e.status(),
            detail,
            null)
        .toResponse();
  }

  static Locale languageOf(HttpHeaders headers) {
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
