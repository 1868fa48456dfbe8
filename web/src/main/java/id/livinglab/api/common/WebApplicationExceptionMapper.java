package id.livinglab.api.common;

import id.livinglab.web.i18n.Languages;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown paths, wrong methods and unreadable bodies also answer as problem JSON. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    Response.StatusType type = e.getResponse().getStatusInfo();
    String detail =
        Languages.message(
            ClientLanguage.of(headers, null), "error.request", status, type.getReasonPhrase());
    return new Problem("about:blank", type.getReasonPhrase(), status, detail, null).toResponse();
  }
}
