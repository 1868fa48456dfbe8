package id.livinglab.web.security;

import id.livinglab.security.Caller;
import id.livinglab.security.CallerService;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;

/**
 * The logged-in user of this session as the directory described them at login, for the page header
 * and the landing page. Services never trust this: they ask the directory themselves.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CallerService callers;

  private Caller caller;
  private boolean looked;

  public Optional<Caller> caller() {
    if (!looked) {
      caller = callers.current().orElse(null);
      looked = caller != null;
    }
    return Optional.ofNullable(caller);
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

  public String getInstansiCode() {
    return caller().map(Caller::instansiCode).orElse(null);
  }
}
