package id.livinglab.benchmark;

import id.livinglab.assessment.TextInput;
import id.livinglab.audit.AuditLog;
import id.livinglab.common.InvalidInputException;
import id.livinglab.common.NotFoundException;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Peer groups that national administrators define (e.g. "kabupaten pesisir Jawa"). The shipped
 * Living Lab cohorts are read-only. Every change is audited.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class PeerGroupAdmin {

  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{2,59}");
  public static final int MAX_MEMBERS = 700;
  public static final int NAME_LENGTH = 200;
  public static final int DESCRIPTION_LENGTH = 1000;

  @PersistenceContext private EntityManager em;
  @EJB private InstansiRegister register;
  @EJB private AuditLog audit;
  @Inject private Event<PeerGroupsChanged> changes;

  /** Creates or replaces the custom group {@code code}. */
  public PeerGroup define(
      String code, String nameId, String nameEn, String description, List<String> members) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new InvalidInputException("code", "error.group.code");
    }
    TextInput.plain("name", nameId);
    TextInput.plain("nameEn", nameEn);
    TextInput.plain("description", description);
    if (nameId == null || nameId.isBlank() || nameId.length() > NAME_LENGTH) {
      throw new InvalidInputException("name", "error.field.length", "name", NAME_LENGTH);
    }
    if (nameEn != null && nameEn.length() > NAME_LENGTH) {
      throw new InvalidInputException("nameEn", "error.field.length", "nameEn", NAME_LENGTH);
    }
    if (description != null && description.length() > DESCRIPTION_LENGTH) {
      throw new InvalidInputException(
          "description", "error.field.length", "description", DESCRIPTION_LENGTH);
    }
    if (members == null || members.isEmpty() || members.size() > MAX_MEMBERS) {
      throw new InvalidInputException("members", "error.group.members", MAX_MEMBERS);
    }
    for (String member : members) {
      if (register.find(member).isEmpty()) {
        throw new InvalidInputException("members", "error.instansi.notFound", member);
      }
    }
    PeerGroup group = em.find(PeerGroup.class, code);
    if (group != null && group.getType() != PeerGroup.Type.CUSTOM) {
      throw new InvalidInputException("code", "error.group.readOnly", code);
    }
    String before = group == null ? "-" : String.join(",", group.getMembers());
    if (group != null) {
      em.remove(group);
      em.flush();
    }
    PeerGroup defined =
        new PeerGroup(
            code,
            nameId.strip(),
            blankToNull(nameEn),
            blankToNull(description),
            PeerGroup.Type.CUSTOM);
    defined.getMembers().addAll(new LinkedHashSet<>(members));
    em.persist(defined);
    audit.record(
        "peer-group.define",
        "peer-group/" + code,
        before + " -> " + String.join(",", defined.getMembers()));
    changes.fire(new PeerGroupsChanged(code));
    return defined;
  }

  /** Removes the custom group {@code code}. */
  public void remove(String code) {
    PeerGroup group = code == null ? null : em.find(PeerGroup.class, code);
    if (group == null) {
      throw new NotFoundException("error.group.unknown", code);
    }
    if (group.getType() != PeerGroup.Type.CUSTOM) {
      throw new InvalidInputException("code", "error.group.readOnly", code);
    }
    audit.record("peer-group.remove", "peer-group/" + code, String.join(",", group.getMembers()));
    em.remove(group);
    changes.fire(new PeerGroupsChanged(code));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
