package id.livinglab.web.common;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form whose view the server no longer has (the session expired, or the form's ViewState was
 * forged or came from elsewhere) is no fault of ours: the user is sent to {@code
 * /errors/expired.xhtml} ("your input was not saved, log in again", in their language), a full page
 * by a redirect and an ajax request by the partial response's redirect, which PrimeFaces follows.
 * The refusal is logged in one line ({@link Refusals}); without this handler the exception reached
 * the container, which answered with the 500 page and a stack trace in the log. Every other
 * exception goes on to the handler this one wraps.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

  static final String PAGE = "/errors/expired.xhtml";

  public ExpiredViewHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      ViewExpiredException expired = expired(events.next().getContext().getException());
      if (expired != null) {
        events.remove();
        sendToExpiredPage(FacesContext.getCurrentInstance(), expired);
      }
    }
    getWrapped().handle();
  }

  private static ViewExpiredException expired(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException expired) {
        return expired;
      }
      if (!(t instanceof FacesException)) {
        return null;
      }
    }
    return null;
  }

  private static void sendToExpiredPage(FacesContext faces, ViewExpiredException expired) {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Refusals.log(302, request.getMethod(), request.getRequestURI(), expired);
    if (external.isResponseCommitted()) {
      // Too late to send the user anywhere; the view was gone before anything was written, so
      // this does not happen.
      return;
    }
    try {
      external.redirect(external.getRequestContextPath() + PAGE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** Registered in faces-config.xml, around Faces' own factory. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ExpiredViewHandler(getWrapped().getExceptionHandler());
    }
  }
}
