package id.livinglab.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The language of the page being rendered, for {@code <f:view locale>}. */
@Named
@RequestScoped
public class LocaleBacking {

  @Inject private HttpServletRequest request;

  public Locale getLocale() {
    return Languages.of(request);
  }

  public boolean isEnglish() {
    return Languages.isEnglish(getLocale());
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }
}
