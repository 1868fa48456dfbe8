package id.livinglab.web.common;

import id.livinglab.common.BusinessException;
import id.livinglab.web.i18n.Languages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Shows a business error or a confirmation on the page, worded from the bundles in the page's
 * language, exactly as the REST face words it.
 */
public final class FacesMessages {

  private FacesMessages() {}

  /**
   * Runs a page action; a business refusal (a wrong stage, bad input, no right) becomes the page's
   * error message in its language, and the action counts as not done. The one way every backing
   * bean reports what a service refused.
   *
   * @return whether the action ran to its end
   */
  public static boolean attempt(Runnable action) {
    try {
      action.run();
      return true;
    } catch (BusinessException e) {
      error(e);
      return false;
    }
  }

  /** {@link #attempt(Runnable)} for an action with an outcome (a navigation, a value). */
  public static <T> T attempt(Supplier<T> action, T refused) {
    try {
      return action.get();
    } catch (BusinessException e) {
      error(e);
      return refused;
    }
  }

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

  /** The page's language, for a name put into a message. */
  public static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
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
