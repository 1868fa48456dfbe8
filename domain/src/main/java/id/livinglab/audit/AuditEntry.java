package id.livinglab.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One change to assessment or result data: who, when, what, on which subject. Written in the same
 * transaction as the change, never updated or deleted. Times are UTC.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
    name = AuditEntry.FIND_BY_SUBJECT,
    query = "select a from AuditEntry a where a.subject = :subject order by a.at desc, a.id desc")
public class AuditEntry {

  public static final String FIND_BY_SUBJECT = "AuditEntry.findBySubject";
  public static final int DETAIL_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  @SequenceGenerator(
      name = "audit_entry_seq",
      sequenceName = "audit_entry_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "at_time", nullable = false)
  private LocalDateTime at;

  @Column(nullable = false, length = 64)
  private String username;

  @Column(nullable = false, length = 60)
  private String action;

  @Column(nullable = false, length = 100)
  private String subject;

  @Column(length = DETAIL_LENGTH)
  private String detail;

  protected AuditEntry() {}

  public AuditEntry(
      LocalDateTime at, String username, String action, String subject, String detail) {
    this.at = at;
    this.username = username;
    this.action = action;
    this.subject = subject;
    this.detail =
        detail != null && detail.length() > DETAIL_LENGTH
            ? detail.substring(0, DETAIL_LENGTH)
            : detail;
  }

  public Long getId() {
    return id;
  }

  public LocalDateTime getAt() {
    return at;
  }

  public String getUsername() {
    return username;
  }

  public String getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }

  public String getDetail() {
    return detail;
  }
}
