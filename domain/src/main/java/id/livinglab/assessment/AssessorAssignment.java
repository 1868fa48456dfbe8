package id.livinglab.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An external assessor assigned to an instansi in a period, for every aspect or for one (then the
 * assessor sees and scores only that aspect's indicators).
 */
@Entity
@Table(name = "assessor_assignment")
@NamedQuery(
    name = AssessorAssignment.FIND_BY_PERIOD_AND_ASSESSOR,
    query =
        "select a from AssessorAssignment a where a.period = :period and a.assessor = :assessor"
            + " order by a.instansiCode")
@NamedQuery(
    name = AssessorAssignment.FIND_BY_PERIOD_AND_INSTANSI,
    query =
        "select a from AssessorAssignment a where a.period = :period"
            + " and a.instansiCode = :instansiCode order by a.assessor")
@NamedQuery(
    name = AssessorAssignment.FIND_BY_PERIOD,
    query = "select a from AssessorAssignment a where a.period = :period order by a.instansiCode")
public class AssessorAssignment {

  public static final String FIND_BY_PERIOD = "AssessorAssignment.findByPeriod";

  public static final String FIND_BY_PERIOD_AND_ASSESSOR =
      "AssessorAssignment.findByPeriodAndAssessor";
  public static final String FIND_BY_PERIOD_AND_INSTANSI =
      "AssessorAssignment.findByPeriodAndInstansi";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
  @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "period_id")
  private EvaluationPeriod period;

  @Column(name = "instansi_code", nullable = false, length = 13)
  private String instansiCode;

  @Column(nullable = false, length = 64)
  private String assessor;

  /** The one aspect assigned, or null for every aspect. */
  @Column(name = "aspect_code", length = 20)
  private String aspectCode;

  protected AssessorAssignment() {}

  public AssessorAssignment(
      EvaluationPeriod period, String instansiCode, String assessor, String aspectCode) {
    this.period = period;
    this.instansiCode = instansiCode;
    this.assessor = assessor;
    this.aspectCode = aspectCode;
  }

  public Long getId() {
    return id;
  }

  public String getInstansiCode() {
    return instansiCode;
  }

  public String getAssessor() {
    return assessor;
  }

  public String getAspectCode() {
    return aspectCode;
  }

  public boolean coversAll() {
    return aspectCode == null;
  }
}
