package id.livinglab.web.security;

import id.livinglab.api.common.ClientLanguage;
import id.livinglab.api.common.Problem;
import id.livinglab.web.i18n.Languages;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The first filter of every request (see web.xml): refuses what no page of ours sends before
 * anything else runs, and puts the security headers on every answer ({@link SecurityHeaders}).
 *
 * <ul>
 *   <li>A state-changing request (POST, PUT, PATCH, DELETE) from another site is a 403 and changes
 *       nothing ({@link SameOrigin}): the API's Basic credentials and the pages' session cookie
 *       cannot be lent to a stranger's form, including the login and logout forms.
 *   <li>A session id in the address ({@code ;jsessionid=}) is a 400: sessions travel in the cookie
 *       only, so an address that is shared or logged never carries one, and nobody can plant a
 *       session on a victim through a link.
 * </ul>
 *
 * The application's own origin is {@code livinglab.public-url} where configured (a data centre
 * behind a TLS proxy sets it, e.g. {@code https://spbe.example.go.id}), else the scheme and {@code
 * Host} of the request itself: a browser cannot be made to send another site's {@code Origin} with
 * our {@code Host}.
 */
@WebFilter(filterName = "RequestGuard")
public class RequestGuard extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(RequestGuard.class.getName());

  private String configuredOrigin;

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    configuredOrigin =
        ConfigProvider.getConfig()
            .getOptionalValue("livinglab.public-url", String.class)
            .flatMap(SameOrigin::originOf)
            .orElse(null);
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    SecurityHeaders.apply(req, res);
    if (req.getDispatcherType() == DispatcherType.ERROR) {
      // The container's own error page (a security constraint's 403): headers only, the request
      // was judged when it came in.
      chain.doFilter(req, res);
      return;
    }
    // The container takes the id out of the request URI before we see it: ask it where the id
    // came from, and look at the URI as well for a container that leaves it there.
    if (req.isRequestedSessionIdFromURL()
        || req.getRequestURI().toLowerCase(Locale.ROOT).contains(";jsessionid")) {
      refuse(req, res, HttpServletResponse.SC_BAD_REQUEST, "error.sessionInAddress");
      return;
    }
    if (!SameOrigin.isSafe(req.getMethod())
        && rule(req).judge(req.getHeader("Origin"), req.getHeader("Referer"))
            == SameOrigin.Verdict.CROSS_SITE) {
      // One line, no stack trace: a refusal is expected, and a stranger can send many.
      LOG.info(
          () ->
              "Refused a cross-site "
                  + req.getMethod()
                  + " "
                  + req.getRequestURI()
                  + " from "
                  + req.getHeader("Origin"));
      refuse(req, res, HttpServletResponse.SC_FORBIDDEN, "error.crossSite");
      return;
    }
    chain.doFilter(req, new RelativeRedirects(res));
  }

  private SameOrigin rule(HttpServletRequest req) {
    if (configuredOrigin != null) {
      return new SameOrigin(configuredOrigin);
    }
    String host = req.getHeader("Host");
    return new SameOrigin(
        host == null ? "" : SameOrigin.originOf(req.getScheme() + "://" + host).orElse(""));
  }

  /**
   * The API answers a problem JSON in the client's language; a page the error page of that status
   * (web.xml), in the page's language.
   */
  private static void refuse(
      HttpServletRequest req, HttpServletResponse res, int status, String key) throws IOException {
    if (!LivingLabAuthentication.isApi(req)) {
      res.sendError(status);
      return;
    }
    String title = status == HttpServletResponse.SC_FORBIDDEN ? "Forbidden" : "Bad Request";
    String detail = Languages.message(ClientLanguage.of(req.getHeader("Accept-Language")), key);
    new Problem("about:blank", title, status, detail, null).write(res);
  }
}
