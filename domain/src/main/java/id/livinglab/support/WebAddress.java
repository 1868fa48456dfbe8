package id.livinglab.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one rule for an address a user gives (a demo, a video, a news source): an absolute http or
 * https URL with a host, at most {@link #MAX_LENGTH} characters. Services refuse anything else, and
 * pages link only what passes, so a {@code javascript:} address never becomes a link.
 */
public final class WebAddress {

  public static final int MAX_LENGTH = 500;

  private WebAddress() {}

  public static boolean isSafe(String url) {
    if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
      return false;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** {@code url} when it is safe to link, else null (the page then shows it as text, or not). */
  public static String linkable(String url) {
    return isSafe(url) ? url.strip() : null;
  }
}
