package id.livinglab.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** An evaluation year: which framework scores it and which value its bands grade. */
@Entity
@Table(name = "evaluation_year")
@NamedQuery(
    name = EvaluationYear.FIND_ALL,
    query = "select y from EvaluationYear y order by y.year")
public class EvaluationYear {

  public static final String FIND_ALL = "EvaluationYear.findAll";

  /**
   * The years any input may name: SPBE began in 2018, and a year past 2100 is a typing error. A
   * year outside is refused as input before it is looked up, so that a number such as 4294969322 is
   * never narrowed to an int that happens to be a known year.
   */
  public static final int FIRST = 2000;

  public static final int LAST = 2100;

  /** Whether {@code year}, as given (any size), lies from {@link #FIRST} to {@link #LAST}. */
  public static boolean plausible(BigDecimal year) {
    return year.compareTo(BigDecimal.valueOf(FIRST)) >= 0
        && year.compareTo(BigDecimal.valueOf(LAST)) <= 0;
  }

  @Id
  @Column(name = "eval_year")
  private int year;

  @ManyToOne(optional = false)
  @JoinColumn(name = "framework_code")
  private FrameworkVersion framework;

  @Enumerated(EnumType.STRING)
  @Column(name = "grading_basis", nullable = false, length = 10)
  private GradingBasis gradingBasis;

  protected EvaluationYear() {}

  public EvaluationYear(int year, FrameworkVersion framework, GradingBasis gradingBasis) {
    this.year = year;
    this.framework = framework;
    this.gradingBasis = gradingBasis;
  }

  public int getYear() {
    return year;
  }

  public FrameworkVersion getFramework() {
    return framework;
  }

  public GradingBasis getGradingBasis() {
    return gradingBasis;
  }
}
