package id.livinglab.api.common;

import id.livinglab.web.common.Refusals;
import id.livinglab.web.i18n.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Unknown paths, wrong methods and unreadable bodies also answer as problem JSON. A 4xx is the
 * client's mistake and logged in one line ({@link Refusals}); a 5xx keeps its stack trace.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

  @Context private HttpHeaders headers;
  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    Response.StatusType type = e.getResponse().getStatusInfo();
    if (status >= 500) {
      LOG.log(
          Level.WARNING,
          e,
          () -> status + " " + request.getMethod() + " " + request.getRequestURI());
    } else {
      Refusals.log(status, request.getMethod(), request.getRequestURI(), e);
    }
    String detail =
        Languages.message(
            ClientLanguage.of(headers, null), "error.request", status, type.getReasonPhrase());
    return new Problem("about:blank", type.getReasonPhrase(), status, detail, null).toResponse();
  }
}
