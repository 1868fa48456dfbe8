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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer of one instansi to one indicator: its own level with the explanation and the OPD that
 * answers for it, and the external assessor's level. Only the external level is ever official.
 */
@Entity
@Table(name = "assessment_answer")
@NamedQuery(
    name = Answer.COUNT_EVIDENCE,
    query =
        "select a.indicatorCode, count(e) from Answer a join a.evidence e"
            + " where a.assessment = :assessment group by a.indicatorCode")
@NamedQuery(
    name = Answer.FIND_INDICATORS_OF_EVIDENCE,
    query = "select a.indicatorCode from Answer a join a.evidence e where e = :file")
public class Answer {

  /** The indicators one evidence file serves: who may download it depends on them. */
  public static final String FIND_INDICATORS_OF_EVIDENCE = "Answer.findIndicatorsOfEvidence";

  /** Evidence files per indicator of an assessment, in one query for the overview. */
  public static final String COUNT_EVIDENCE = "Answer.countEvidence";

  /** Longest explanation or note, in characters (the column's size). */
  public static final int TEXT_LENGTH = 4000;

  public static final int OPD_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
  @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "assessment_id")
  private Assessment assessment;

  @Column(name = "indicator_code", nullable = false, length = 20)
  private String indicatorCode;

  @Column(name = "self_level", precision = 6, scale = 2)
  private BigDecimal selfLevel;

  @Column(length = TEXT_LENGTH)
  private String explanation;

  @Column(length = OPD_LENGTH)
  private String opd;

  @Column(name = "external_level", precision = 6, scale = 2)
  private BigDecimal externalLevel;

  @Enumerated(EnumType.STRING)
  @Column(name = "external_stage", length = 20)
  private Stage externalStage;

  @Column(name = "external_note", length = TEXT_LENGTH)
  private String externalNote;

  @Column(name = "updated_by", length = 64)
  private String updatedBy;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @ManyToMany
  @JoinTable(
      name = "evidence_link",
      joinColumns = @JoinColumn(name = "answer_id"),
      inverseJoinColumns = @JoinColumn(name = "evidence_id"))
  @OrderBy("documentName, fileVersion")
  private List<EvidenceFile> evidence = new ArrayList<>();

  @Version
  @Column(name = "version_no", nullable = false)
  private int version;

  protected Answer() {}

  Answer(Assessment assessment, String indicatorCode) {
    this.assessment = assessment;
    this.indicatorCode = indicatorCode;
  }

  public Long getId() {
    return id;
  }

  public Assessment getAssessment() {
    return assessment;
  }

  public String getIndicatorCode() {
    return indicatorCode;
  }

  public BigDecimal getSelfLevel() {
    return selfLevel;
  }

  public String getExplanation() {
    return explanation;
  }

  public String getOpd() {
    return opd;
  }

  public BigDecimal getExternalLevel() {
    return externalLevel;
  }

  public Stage getExternalStage() {
    return externalStage;
  }

  public String getExternalNote() {
    return externalNote;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public List<EvidenceFile> getEvidence() {
    return evidence;
  }

  public int getVersion() {
    return version;
  }

  public void answerSelf(BigDecimal level, String opd, String explanation) {
    this.selfLevel = level;
    this.opd = opd;
    this.explanation = explanation;
  }

  public void answerExternal(BigDecimal level, Stage stage, String note) {
    this.externalLevel = level;
    this.externalStage = stage;
    this.externalNote = note;
  }

  public void touch(String by, LocalDateTime at) {
    this.updatedBy = by;
    this.updatedAt = at;
  }
}
