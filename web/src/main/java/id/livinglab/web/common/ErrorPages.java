package id.livinglab.web.common;

import id.livinglab.common.BusinessException;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers a page request that cannot be shown (unknown code, another instansi's data) with the
 * error page of the business error's status (404, 403), never a stack trace, and one line in the
 * log ({@link Refusals}).
 */
public final class ErrorPages {

  private ErrorPages() {}

  public static void send(BusinessException e) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    Refusals.log(HttpStatus.of(e), request.getMethod(), request.getRequestURI(), e);
    // No message: the container would send it as the status line's reason phrase ("404
    // error.instansi.notFound"); the error page words the status in the user's language.
    ((HttpServletResponse) faces.getExternalContext().getResponse()).sendError(HttpStatus.of(e));
    faces.responseComplete();
  }
}
