package id.livinglab.audit;

import id.livinglab.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes the audit trail. Mandatory transaction: an entry is written with the change it describes,
 * or not at all.
 */
@Stateless
@PermitAll
public class AuditLog {

  @Resource private SessionContext context;
  @Inject private Clock clock;
  @PersistenceContext private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(String action, String subject, String detail) {
    em.persist(
        new AuditEntry(
            LocalDateTime.now(clock),
            context.getCallerPrincipal().getName(),
            action,
            subject,
            detail));
  }

  /** The trail of one subject, newest first: for national administrators only. */
  @RolesAllowed(Role.Names.ADMIN)
  public List<AuditEntry> ofSubject(String subject) {
    return em.createNamedQuery(AuditEntry.FIND_BY_SUBJECT, AuditEntry.class)
        .setParameter("subject", subject)
        .getResultList();
  }
}
