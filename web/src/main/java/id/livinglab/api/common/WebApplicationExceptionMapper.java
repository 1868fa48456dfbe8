package id.livinglab.api.common;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown paths, wrong methods and unreadable bodies also answer as problem JSON. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    Response.StatusType type = e.getResponse().getStatusInfo();
    return new Problem("about:blank", type.getReasonPhrase(), status, type.getReasonPhrase(), null)
        .toResponse();
  }
}
