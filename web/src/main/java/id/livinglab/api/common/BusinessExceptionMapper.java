package id.livinglab.api.common;

import id.livinglab.common.BusinessException;
import id.livinglab.common.InvalidInputException;
import id.livinglab.practice.MoveRefusedException;
import id.livinglab.result.ImportRejectedException;
import id.livinglab.web.common.HttpStatus;
import id.livinglab.web.common.Refusals;
import id.livinglab.web.i18n.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * Turns a business error into a problem response worded as on the pages, in the language the client
 * accepts (Bahasa Indonesia unless it prefers English). A business error is a refusal, never a
 * fault of ours: one line in the log ({@link Refusals}).
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Context private HttpHeaders headers;
  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(BusinessException e) {
    Refusals.log(HttpStatus.of(e), request.getMethod(), request.getRequestURI(), e);
    Locale locale = ClientLanguage.of(headers, null);
    String detail = Languages.message(locale, e.messageKey(), e.arguments().toArray());
    String field = e instanceof InvalidInputException invalid ? invalid.field() : null;
    List<Problem.Item> items = null;
    Integer count = null;
    if (e instanceof ImportRejectedException rejected) {
      count = rejected.problemCount();
      items =
          rejected.problems().stream()
              .map(
                  p ->
                      new Problem.Item(
                          p.line(),
                          p.instansiCode(),
                          p.field(),
                          Languages.message(locale, p.messageKey(), p.arguments().toArray())))
              .toList();
    }
    List<String> allowed =
        e instanceof MoveRefusedException refused
            ? refused.allowed().stream().map(Enum::name).toList()
            : null;
    return new Problem(
            "about:blank",
            title(HttpStatus.of(e)),
            HttpStatus.of(e),
            detail,
            field,
            items,
            count,
            allowed)
        .toResponse();
  }

  static String title(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known != null
        ? known.getReasonPhrase()
        : status == 422 ? "Unprocessable Content" : "Error";
  }
}
