package id.livinglab.web.security;

import id.livinglab.api.common.ClientLanguage;
import id.livinglab.api.common.Problem;
import id.livinglab.security.Role;
import id.livinglab.web.i18n.Languages;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * One authentication mechanism for the whole module (Jakarta Security allows one), choosing by
 * path: HTTP Basic for the REST API under {@code /api/}, a form login with a session for pages. The
 * API never creates a session; a page login renews the session id against fixation.
 */
@ApplicationScoped
@DeclareRoles({
  Role.Names.ADMIN,
  Role.Names.KOORDINATOR,
  Role.Names.OPERATOR,
  Role.Names.PIMPINAN,
  Role.Names.ASESOR
})
public class LivingLabAuthentication implements HttpAuthenticationMechanism {

  static final String SESSION_CALLER = "livinglab.caller";

  /** The HTTP Basic challenge of the API, for every 401 it answers. */
  public static final String BASIC_CHALLENGE = "Basic realm=\"Living Lab\", charset=\"UTF-8\"";

  /** Who logged in on this session: enough to re-establish the caller on each request. */
  record SessionCaller(String name, Set<String> groups) implements Serializable {}

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    return isApi(request)
        ? validateApi(request, response, context)
        : validatePage(request, response, context);
  }

  private AuthenticationStatus validateApi(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential credential =
          decodeBasic(header.substring(6).trim(), request.getRemoteAddr());
      CredentialValidationResult result =
          credential == null
              ? CredentialValidationResult.INVALID_RESULT
              : identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      return challenge(request, response);
    }
    return context.isProtected() ? challenge(request, response) : context.doNothing();
  }

  private AuthenticationStatus validatePage(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      request.getSession(true);
      request.changeSessionId();
      request
          .getSession()
          .setAttribute(
              SESSION_CALLER,
              new SessionCaller(
                  result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
      return context.notifyContainerAboutLogin(result);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    if (context.isProtected()) {
      String from = request.getRequestURI().substring(request.getContextPath().length());
      // A relative Location, never one built from the request's Host header (RelativeRedirects:
      // this runs before the filters, on the container's own response).
      response.setStatus(HttpServletResponse.SC_FOUND);
      response.setHeader(
          "Location",
          request.getContextPath()
              + "/login.xhtml?from="
              + URLEncoder.encode(from, StandardCharsets.UTF_8));
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.doNothing();
  }

  private static AuthenticationStatus challenge(
      HttpServletRequest request, HttpServletResponse response) {
    String detail =
        Languages.message(
            ClientLanguage.of(request.getHeader("Accept-Language")), "error.unauthorized");
    response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
    try {
      new Problem("about:blank", "Unauthorized", HttpServletResponse.SC_UNAUTHORIZED, detail, null)
          .write(response);
    } catch (IOException e) {
      // The status line is what matters to the client; the body is a courtesy.
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static UsernamePasswordCredential decodeBasic(String encoded, String client) {
    try {
      String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon <= 0
          ? null
          : new ClientCredential(
              pair.substring(0, colon), new Password(pair.substring(colon + 1)), client);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether a request is for the REST API: Basic credentials, problem JSON, never a page. */
  static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }
}
