package id.livinglab.web.i18n;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * A new view's language is the platform's (the session's choice, else Bahasa Indonesia: {@link
 * Languages#of}), not the browser's Accept-Language nor the server's default. {@code <f:view
 * locale>} sets it only when the page renders; messages made before (a page address's {@code
 * ?year=abc} is converted while the view's parameters are read) came out in the server's language,
 * English.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

  public LanguageViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return Languages.of((HttpServletRequest) context.getExternalContext().getRequest());
  }
}
