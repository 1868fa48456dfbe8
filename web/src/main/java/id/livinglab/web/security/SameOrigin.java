package id.livinglab.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a state-changing request comes from the application's own pages, a script or another
 * site: the rule that refuses cross-site request forgery (CSRF) for the pages and the API alike.
 *
 * <p>Browsers send {@code Origin} with every request whose method is neither GET nor HEAD (the
 * value {@code null} where the source is hidden, e.g. under {@code Referrer-Policy: no-referrer} or
 * from a sandboxed frame), so a form or a {@code fetch} from another site always names that site,
 * and a browser that still holds a user's session cookie or Basic credentials cannot lend them to
 * it. Without {@code Origin} (older browsers), {@code Referer} decides. A request with neither
 * comes from a script or a server ({@code curl}, an import job): nothing a site can make a browser
 * send, and it keeps working.
 *
 * @param ownOrigin the application's own origin, e.g. {@code https://spbe.example.go.id}, in the
 *     canonical form of {@link #originOf(String)}
 */
public record SameOrigin(String ownOrigin) {

  /** What the rule says of one request. */
  public enum Verdict {
    /** From the application's own pages. */
    SAME_SITE,
    /** No browser context: a script or a server. */
    SCRIPT,
    /** From another origin, or one the browser would not name: refused. */
    CROSS_SITE
  }

  /** Methods that change nothing; every other one must pass the rule. */
  public static boolean isSafe(String method) {
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
  }

  public Verdict judge(String origin, String referer) {
    String source = origin != null ? origin : referer;
    if (source == null) {
      return Verdict.SCRIPT;
    }
    return ownOrigin.equals(originOf(source).orElse(null)) ? Verdict.SAME_SITE : Verdict.CROSS_SITE;
  }

  /**
   * {@code scheme://host[:port]} of an address, lower case, the default port left out, or empty for
   * anything that is not an absolute http(s) address ({@code null}, {@code file:}, garbage).
   */
  public static Optional<String> originOf(String address) {
    try {
      URI uri = new URI(address.trim());
      String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
      if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
        return Optional.empty();
      }
      int port = uri.getPort();
      boolean defaultPort =
          port == -1
              || ("http".equals(scheme) && port == 80)
              || ("https".equals(scheme) && port == 443);
      return Optional.of(
          scheme
              + "://"
              + uri.getHost().toLowerCase(Locale.ROOT)
              + (defaultPort ? "" : ":" + port));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
