package id.livinglab.assessment;

import id.livinglab.framework.GradingBasis;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One evaluation cycle (e.g. 2026 on {@code pemdi-2026}): its framework, the value its bands grade,
 * the stage that is open now and the planned dates of every stage.
 */
@Entity
@Table(name = "evaluation_period")
@NamedQuery(
    name = EvaluationPeriod.FIND_ALL,
    query = "select p from EvaluationPeriod p order by p.year desc")
@NamedQuery(
    name = EvaluationPeriod.FIND_BY_YEAR,
    query = "select p from EvaluationPeriod p where p.year = :year")
public class EvaluationPeriod {

  public static final String FIND_ALL = "EvaluationPeriod.findAll";
  public static final String FIND_BY_YEAR = "EvaluationPeriod.findByYear";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
  @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
  private Long id;

  @Column(name = "period_year", nullable = false)
  private int year;

  @Column(name = "framework_code", nullable = false, length = 30)
  private String frameworkCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "grading_basis", nullable = false, length = 10)
  private GradingBasis gradingBasis;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Stage stage = Stage.MANDIRI;

  @ElementCollection
  @CollectionTable(name = "period_stage", joinColumns = @JoinColumn(name = "period_id"))
  private List<StageWindow> windows = new ArrayList<>();

  @Version
  @Column(name = "version_no", nullable = false)
  private int version;

  protected EvaluationPeriod() {}

  public EvaluationPeriod(int year, String frameworkCode, GradingBasis gradingBasis) {
    this.year = year;
    this.frameworkCode = frameworkCode;
    this.gradingBasis = gradingBasis;
  }

  public Long getId() {
    return id;
  }

  public int getYear() {
    return year;
  }

  public String getFrameworkCode() {
    return frameworkCode;
  }

  public GradingBasis getGradingBasis() {
    return gradingBasis;
  }

  public Stage getStage() {
    return stage;
  }

  /** Closes the open stage and opens the next one. */
  public void advance() {
    stage = stage.next();
  }

  public boolean isOpen(Stage s) {
    return stage == s;
  }

  public List<StageWindow> getWindows() {
    return windows;
  }

  public Optional<StageWindow> window(Stage s) {
    return windows.stream().filter(w -> w.getStage() == s).findFirst();
  }

  public int getVersion() {
    return version;
  }
}
