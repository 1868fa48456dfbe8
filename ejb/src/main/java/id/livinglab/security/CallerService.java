package id.livinglab.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.util.Optional;

/**
 * The caller of the current request, as the directory describes them. Services ask this (not the
 * page) for the caller's instansi before they act on instansi data.
 */
@Stateless
@PermitAll
@DeclareRoles({
  Role.Names.ADMIN,
  Role.Names.KOORDINATOR,
  Role.Names.OPERATOR,
  Role.Names.PIMPINAN,
  Role.Names.ASESOR
})
public class CallerService {

  @Resource private SessionContext context;
  @EJB private Directory directory;

  /** The authenticated caller, or empty for an anonymous visitor. */
  public Optional<Caller> current() {
    var principal = context.getCallerPrincipal();
    // A caller without any platform role has nothing to do here: treated as anonymous.
    if (principal == null || !holdsAnyRole()) {
      return Optional.empty();
    }
    return directory.lookup(principal.getName());
  }

  private boolean holdsAnyRole() {
    for (Role role : Role.values()) {
      if (context.isCallerInRole(role.roleName())) {
        return true;
      }
    }
    return false;
  }
}
