package id.livinglab.api.audit;

import id.livinglab.audit.AuditLog;
import id.livinglab.common.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/audit?subject=}: the audit trail of one subject (national administrator). */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  /** One audit entry; {@code at} is UTC. */
  public record AuditJson(
      LocalDateTime at, String username, String action, String subject, String detail) {}

  @EJB private AuditLog audit;

  @GET
  @Operation(summary = "Audit entries of a subject, newest first (administrator)")
  public List<AuditJson> ofSubject(@QueryParam("subject") String subject) {
    if (subject == null || subject.isBlank()) {
      throw new InvalidInputException("subject", "error.field.required", "subject");
    }
    return audit.ofSubject(subject).stream()
        .map(
            a ->
                new AuditJson(
                    a.getAt(), a.getUsername(), a.getAction(), a.getSubject(), a.getDetail()))
        .toList();
  }
}
