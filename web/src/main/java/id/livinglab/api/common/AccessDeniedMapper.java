package id.livinglab.api.common;

import id.livinglab.web.common.Refusals;
import id.livinglab.web.i18n.Languages;
import id.livinglab.web.security.LivingLabAuthentication;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A service refused the caller's role: 401 with a Basic challenge for an anonymous caller, 403 for
 * a logged-in one. The service's {@code @RolesAllowed} is the check; this only words it, and logs
 * it in one line.
 */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

  @Context private HttpHeaders headers;
  @Context private SecurityContext security;
  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(EJBAccessException e) {
    var locale = ClientLanguage.of(headers, null);
    boolean anonymous = security.getUserPrincipal() == null;
    Refusals.log(anonymous ? 401 : 403, request.getMethod(), request.getRequestURI(), e);
    if (anonymous) {
      return Response.fromResponse(
              new Problem(
                      "about:blank",
                      "Unauthorized",
                      401,
                      Languages.message(locale, "error.unauthorized"),
                      null)
                  .toResponse())
          .header("WWW-Authenticate", LivingLabAuthentication.BASIC_CHALLENGE)
          .build();
    }
    return new Problem(
            "about:blank", "Forbidden", 403, Languages.message(locale, "error.forbidden"), null)
        .toResponse();
  }
}
