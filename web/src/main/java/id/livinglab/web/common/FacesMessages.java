package id.livinglab.web.common;

import id.livinglab.common.BusinessException;
import id.livinglab.web.i18n.Languages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Shows a business error or a confirmation on the page, worded from the bundles in the page's
 * language, exactly as the REST face words it.
 */
public final class FacesMessages {

  private FacesMessages() {}

  public static void error(BusinessException e) {
    error(e.messageKey(), e.arguments().toArray());
  }

  public static void error(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            Languages.message(faces.getViewRoot().getLocale(), key, args),
            null));
    faces.validationFailed();
  }

  /** A text of the bundle in the page's language, e.g. a label named in a message. */
  public static String text(String key) {
    return Languages.message(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key);
  }

  public static void info(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO,
            Languages.message(faces.getViewRoot().getLocale(), key, args),
            null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
