package id.livinglab.web.security;

import id.livinglab.security.Directory;
import id.livinglab.web.i18n.Languages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/** {@code /login.xhtml}: logs a civil servant in and lands them on their instansi's portrait. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext faces;
  @Inject private CurrentUser currentUser;
  @EJB private Directory directory;

  private String username;
  private String password;

  public void login() throws IOException {
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      error("login.required");
      return;
    }
    ExternalContext ext = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ext.getRequest();
    String client = request.getRemoteAddr();
    // "Too many attempts" only when this attempt would be refused unchecked: the failure that
    // starts the wait (the third) is still answered as a plain wrong password, as the README says.
    Duration wait = directory.retryAfter(username.trim(), client);
    if (!wait.isZero()) {
      error("login.throttled", Math.max(1, wait.toSeconds()));
      return;
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) ext.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new ClientCredential(username.trim(), new Password(password), client)));
    if (status == AuthenticationStatus.SUCCESS) {
      // The page header may have asked before the login: ask again.
      currentUser.refresh();
      String code = currentUser.getInstansiCode();
      ext.redirect(ext.getRequestContextPath() + (code == null ? "/" : "/instansi/" + code));
      faces.responseComplete();
      return;
    }
    error("login.failed");
  }

  private void error(String key, Object... args) {
    String text = Languages.message(faces.getViewRoot().getLocale(), key, args);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
