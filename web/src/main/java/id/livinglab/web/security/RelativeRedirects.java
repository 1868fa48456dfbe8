package id.livinglab.web.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

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

  /** Sends {@code location} as it is when it is a path; an absolute address is kept to its path. */
  static String relative(String location) {
    if (location.startsWith("/") && !location.startsWith("//")) {
      return location;
    }
    java.net.URI uri = java.net.URI.create(location);
    if (!uri.isAbsolute() && !location.startsWith("//")) {
      return location;
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  private void send(String location) {
    resetBuffer();
    setStatus(HttpServletResponse.SC_FOUND);
    setHeader("Location", relative(location));
  }
}
