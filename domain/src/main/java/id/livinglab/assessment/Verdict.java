package id.livinglab.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * An assessor's verdict on one evidence item of an answer (or on missing evidence, with no item),
 * always with a note, and the instansi's reply while the stage is open.
 */
@Entity
@Table(name = "review_verdict")
@NamedQuery(
    name = Verdict.FIND_BY_ANSWER,
    query = "select v from Verdict v where v.answer = :answer order by v.givenAt, v.id")
public class Verdict {

  public static final String FIND_BY_ANSWER = "Verdict.findByAnswer";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
  @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "answer_id")
  private Answer answer;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "evidence_id")
  private EvidenceFile evidence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Stage stage;

  @Enumerated(EnumType.STRING)
  @Column(name = "verdict", nullable = false, length = 30)
  private VerdictKind kind;

  @Column(nullable = false, length = Answer.TEXT_LENGTH)
  private String note;

  @Column(nullable = false, length = 64)
  private String assessor;

  @Column(name = "given_at", nullable = false)
  private LocalDateTime givenAt;

  @Column(length = Answer.TEXT_LENGTH)
  private String reply;

  @Column(name = "replied_by", length = 64)
  private String repliedBy;

  @Column(name = "replied_at")
  private LocalDateTime repliedAt;

  @Version
  @Column(name = "version_no", nullable = false)
  private int version;

  protected Verdict() {}

  public Verdict(
      Answer answer,
      EvidenceFile evidence,
      Stage stage,
      VerdictKind kind,
      String note,
      String assessor,
      LocalDateTime givenAt) {
    this.answer = answer;
    this.evidence = evidence;
    this.stage = stage;
    this.kind = kind;
    this.note = note;
    this.assessor = assessor;
    this.givenAt = givenAt;
  }

  public void reply(String text, String by, LocalDateTime at) {
    this.reply = text;
    this.repliedBy = by;
    this.repliedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Answer getAnswer() {
    return answer;
  }

  public EvidenceFile getEvidence() {
    return evidence;
  }

  public Stage getStage() {
    return stage;
  }

  public VerdictKind getKind() {
    return kind;
  }

  public String getNote() {
    return note;
  }

  public String getAssessor() {
    return assessor;
  }

  public LocalDateTime getGivenAt() {
    return givenAt;
  }

  public String getReply() {
    return reply;
  }

  public String getRepliedBy() {
    return repliedBy;
  }

  public LocalDateTime getRepliedAt() {
    return repliedAt;
  }
}
