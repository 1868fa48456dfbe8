package id.livinglab.web.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Sends every redirect of the application as a relative {@code Location} (a path of our own), so
 * that no redirect is ever built from the request's {@code Host} header, which a client chooses:
 * the container would otherwise make the address absolute with that header (host header injection).
 * Browsers resolve a relative {@code Location} against the address they asked.
 */
final class RelativeRedirects extends HttpServletResponseWrapper {

  RelativeRedirects(HttpServletResponse response) {
    super(response);
  }

  @Override
  public void sendRedirect(String location) {
    send(location);
  }

  /**
   * {@code location} as a path of our own: a path as it is, an absolute address cut to its path and
   * query. A location that is no address at all is sent as the root, never as given.
   */
  static String relative(String location) {
    if (location.startsWith("/") && !location.startsWith("//")) {
      return location;
    }
    try {
      URI uri = new URI(location);
      if (!uri.isAbsolute() && uri.getRawAuthority() == null) {
        return location;
      }
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (URISyntaxException e) {
      return "/";
    }
  }

  private void send(String location) {
    resetBuffer();
    setStatus(HttpServletResponse.SC_FOUND);
    setHeader("Location", relative(location));
  }
}
