package id.livinglab.common;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The platform's texts in its two languages ({@code id/livinglab/i18n/messages_id.properties} and
 * {@code messages_en.properties}): one bundle for the pages (Faces reads it as {@code msg}), the
 * REST errors, the exports and the mails the services send, so that a word such as a stage's name
 * is written once. It lives in this module because the services write mails; the web module sees it
 * through the EAR.
 */
public final class Messages {

  public static final String BUNDLE = "id.livinglab.i18n.messages";

  private Messages() {}

  /**
   * A message from the bundle, formatted with {@code args}; the key itself if it is missing. A
   * whole number in a bare {@code {0}} is written without a grouping separator: such numbers are
   * years, line numbers and limits ("periode 2026", never "periode 2.026"); a pattern that wants a
   * grouped count asks for it with {@code {0,number,integer}}.
   */
  public static String message(Locale locale, String key, Object... args) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    try {
      String pattern = bundle.getString(key);
      return args.length == 0 ? pattern : format(pattern, locale, args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  private static String format(String pattern, Locale locale, Object[] args) {
    MessageFormat format = new MessageFormat(pattern, locale);
    Format[] formats = format.getFormatsByArgumentIndex();
    for (int i = 0; i < formats.length && i < args.length; i++) {
      if (formats[i] == null
          && (args[i] instanceof Integer || args[i] instanceof Long || args[i] instanceof Short)) {
        NumberFormat plain = NumberFormat.getIntegerInstance(locale);
        plain.setGroupingUsed(false);
        format.setFormatByArgumentIndex(i, plain);
      }
    }
    return format.format(args);
  }
}
