package id.livinglab.assessment;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.MapKey;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** One instansi's assessment in one period: its answers, and whether it is submitted. */
@Entity
@Table(name = "assessment")
@NamedQuery(
    name = Assessment.FIND_BY_PERIOD_AND_INSTANSI,
    query =
        "select a from Assessment a where a.period = :period and a.instansiCode = :instansiCode")
@NamedQuery(
    name = Assessment.FIND_BY_PERIOD,
    query = "select a from Assessment a where a.period = :period order by a.instansiCode")
@NamedQuery(
    name = Assessment.FIND_FINALISED_BY_YEAR,
    query =
        "select distinct a from Assessment a left join fetch a.answers where a.period.year = :year"
            + " and a.status = id.livinglab.assessment.AssessmentStatus.FINALISED")
public class Assessment {

  public static final String FIND_BY_PERIOD_AND_INSTANSI = "Assessment.findByPeriodAndInstansi";
  public static final String FIND_BY_PERIOD = "Assessment.findByPeriod";

  /** The finalised assessments of a year with their answers, in one statement. */
  public static final String FIND_FINALISED_BY_YEAR = "Assessment.findFinalisedByYear";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
  @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "period_id")
  private EvaluationPeriod period;

  @Column(name = "instansi_code", nullable = false, length = 13)
  private String instansiCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AssessmentStatus status = AssessmentStatus.DRAFT;

  @Column(name = "submitted_by", length = 64)
  private String submittedBy;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  @Column(name = "finalised_by", length = 64)
  private String finalisedBy;

  @Column(name = "finalised_at")
  private LocalDateTime finalisedAt;

  @OneToMany(mappedBy = "assessment", cascade = CascadeType.PERSIST)
  @MapKey(name = "indicatorCode")
  private Map<String, Answer> answers = new LinkedHashMap<>();

  @Version
  @Column(name = "version_no", nullable = false)
  private int version;

  protected Assessment() {}

  public Assessment(EvaluationPeriod period, String instansiCode) {
    this.period = period;
    this.instansiCode = instansiCode;
  }

  public Long getId() {
    return id;
  }

  public EvaluationPeriod getPeriod() {
    return period;
  }

  public String getInstansiCode() {
    return instansiCode;
  }

  public AssessmentStatus getStatus() {
    return status;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public LocalDateTime getFinalisedAt() {
    return finalisedAt;
  }

  /**
   * DRAFT → SUBMITTED. The services ask {@link AssessmentPolicy} first and explain a refusal; the
   * entity still refuses a wrong transition itself, so that no code path can skip it.
   */
  public void submit(String by, LocalDateTime at) {
    requireStatus(AssessmentStatus.DRAFT, "submit");
    status = AssessmentStatus.SUBMITTED;
    submittedBy = by;
    submittedAt = at;
  }

  /** SUBMITTED → FINALISED (see {@link #submit}). */
  public void finalise(String by, LocalDateTime at) {
    requireStatus(AssessmentStatus.SUBMITTED, "finalise");
    status = AssessmentStatus.FINALISED;
    finalisedBy = by;
    finalisedAt = at;
  }

  private void requireStatus(AssessmentStatus expected, String transition) {
    if (status != expected) {
      throw new IllegalStateException(
          "cannot "
              + transition
              + " an assessment in status "
              + status
              + " (needs "
              + expected
              + ")");
    }
  }

  public Map<String, Answer> getAnswers() {
    return answers;
  }

  /** The answer to an indicator, created empty on first use. */
  public Answer answer(String indicatorCode) {
    return answers.computeIfAbsent(indicatorCode, code -> new Answer(this, code));
  }

  public int getVersion() {
    return version;
  }
}
