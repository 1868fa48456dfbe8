package id.livinglab.api.security;

import id.livinglab.security.CallerService;
import id.livinglab.security.Role;
import id.livinglab.web.security.LivingLabAuthentication;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/v1/me}: who the authenticated caller is (role and instansi from the directory).
 * Protected by the security constraint in web.xml: HTTP Basic required.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @EJB private CallerService callers;

  @GET
  public MeJson me() {
    var caller =
        callers
            .current()
            .orElseThrow(() -> new NotAuthorizedException(LivingLabAuthentication.BASIC_CHALLENGE));
    return new MeJson(
        caller.username(),
        caller.displayName(),
        caller.roles().stream().sorted().map(Role::roleName).toList(),
        caller.instansiCode());
  }
}
