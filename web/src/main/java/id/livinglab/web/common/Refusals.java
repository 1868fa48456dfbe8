package id.livinglab.web.common;

import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The log of refusals that anyone can cause at will: an unknown code, missing credentials or
 * rights, an expired form, input that is no number. Each is one line (status, method, path, the
 * exception's class and message), never a stack trace of several kilobytes, so that a stranger's
 * requests cannot fill the disk; what came from the request is cut at {@value #MAX} characters and
 * has no line breaks. A real fault (a 5xx) is not a refusal: it keeps its stack trace.
 */
public final class Refusals {

  static final int MAX = 200;

  private static final Logger LOG = Logger.getLogger(Refusals.class.getName());
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private Refusals() {}

  public static void log(int status, String method, String path, Throwable refusal) {
    LOG.info(() -> line(status, method, path, refusal));
  }

  static String line(int status, String method, String path, Throwable refusal) {
    String why =
        refusal == null
            ? ""
            : ": "
                + refusal.getClass().getSimpleName()
                + (refusal.getMessage() == null ? "" : " " + cut(refusal.getMessage()));
    return "Refused " + status + " " + cut(method) + " " + cut(path) + why;
  }

  private static String cut(String text) {
    String plain = CONTROL.matcher(String.valueOf(text)).replaceAll("?");
    return plain.length() <= MAX ? plain : plain.substring(0, MAX) + "…";
  }
}
