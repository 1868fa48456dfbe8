package id.livinglab.api.common;

import id.livinglab.web.i18n.Languages;
import id.livinglab.web.security.LivingLabAuthentication;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A service refused the caller's role: 401 with a Basic challenge for an anonymous caller, 403 for
 * a logged-in one. The service's {@code @RolesAllowed} is the check; this only words it.
 */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

  @Context private HttpHeaders headers;
  @Context private SecurityContext security;

  @Override
  public Response toResponse(EJBAccessException e) {
    var locale = ClientLanguage.of(headers, null);
    if (security.getUserPrincipal() == null) {
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
