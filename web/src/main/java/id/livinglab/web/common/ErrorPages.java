package id.livinglab.web.common;

import id.livinglab.common.BusinessException;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * Answers a page request that cannot be shown (unknown code, another instansi's data) with the
 * error page of the business error's status (404, 403), never a stack trace.
 */
public final class ErrorPages {

  private ErrorPages() {}

  public static void send(BusinessException e) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(e.status(), e.messageKey());
    faces.responseComplete();
  }
}
