package id.livinglab.web.security;

import id.livinglab.security.Caller;
import id.livinglab.security.CallerService;
import id.livinglab.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The logged-in user for the page header and the landing page, as the directory described them at
 * login (kept in the session). An anonymous visitor gets no session at all, so public pages stay
 * cheap. Services never trust this: they ask the directory themselves.
 */
@Named
@RequestScoped
public class CurrentUser {

  static final String SESSION_KEY = "livinglab.user";

  @Inject private CallerService callers;
  @Inject private HttpServletRequest request;

  private Optional<Caller> caller;

  public Optional<Caller> caller() {
    if (caller == null) {
      caller = Optional.empty();
      if (request.getUserPrincipal() != null) {
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(SESSION_KEY);
        if (kept instanceof Caller c && c.username().equals(request.getUserPrincipal().getName())) {
          caller = Optional.of(c);
        } else {
          caller = callers.current();
          if (session != null) {
            caller.ifPresent(c -> session.setAttribute(SESSION_KEY, c));
          }
        }
      }
    }
    return caller;
  }

  /** Forgets what this request knew: someone just logged in. */
  public void refresh() {
    caller = null;
  }

  public boolean isLoggedIn() {
    return caller().isPresent();
  }

  public String getDisplayName() {
    return caller().map(Caller::displayName).orElse("");
  }

  public String getRoleKey() {
    return caller().flatMap(Caller::primaryRole).map(r -> "user.role." + r.roleName()).orElse("");
  }

  public boolean isAdmin() {
    return caller().map(c -> c.has(Role.ADMIN)).orElse(false);
  }

  public String getInstansiCode() {
    return caller().map(Caller::instansiCode).orElse(null);
  }
}
