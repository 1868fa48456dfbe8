package id.livinglab.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every answer, pages, API and files alike.
 *
 * <p>Scripts: Faces pages get their {@code script-src} from PrimeFaces (context parameter {@code
 * primefaces.CSP}), which puts a fresh nonce on every script it writes and moves inline event
 * handlers into such scripts; a script that anyone else put into a page has no nonce and does not
 * run. Browsers enforce every {@code Content-Security-Policy} header of an answer, so the one set
 * here holds only what holds for every answer, without {@code script-src} or {@code default-src}
 * (which would also govern scripts and cancel the nonce): no framing by other sites, no plugins, no
 * {@code <base>} of another site, forms only to ourselves. Answers that are never pages (the API,
 * evidence files) forbid everything.
 */
public final class SecurityHeaders {

  static final String CSP = "Content-Security-Policy";

  static final String EVERY_ANSWER =
      "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

  static final String NEVER_A_PAGE = "default-src 'none'; " + EVERY_ANSWER;

  private SecurityHeaders() {}

  static void apply(HttpServletRequest req, HttpServletResponse res) {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    boolean data = LivingLabAuthentication.isApi(req) || path.startsWith("/assessment/evidence");
    res.setHeader(CSP, data ? NEVER_A_PAGE : EVERY_ANSWER);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "same-origin");
    if ((req.getUserPrincipal() != null || req.getHeader("Authorization") != null)
        && !isStatic(path)) {
      // What a logged-in user sees is theirs: no shared or browser cache may keep it.
      res.setHeader("Cache-Control", "no-store");
    }
  }

  /** Scripts, styles, boundaries: the same for everyone, cached as the container says. */
  private static boolean isStatic(String path) {
    return path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/webjars/")
        || path.startsWith("/geo/")
        || path.startsWith("/resources/");
  }
}
