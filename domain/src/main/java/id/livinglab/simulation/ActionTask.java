package id.livinglab.simulation;

import id.livinglab.framework.EvaluationYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One planned level step of an instansi's action plan: raise an indicator from one level to the
 * next by a deadline, owned by an OPD. The plan of a year is the set of its tasks.
 */
@Entity
@Table(name = "action_task")
@NamedQuery(
    name = ActionTask.FIND_BY_PLAN,
    query =
        "select t from ActionTask t where t.instansiCode = :code and t.baseYear = :year"
            + " order by t.deadline, t.indicatorCode, t.toLevel")
@NamedQuery(
    name = ActionTask.FIND_STEP,
    query =
        "select t from ActionTask t where t.instansiCode = :code and t.baseYear = :year"
            + " and t.indicatorCode = :indicator and t.toLevel = :to")
public class ActionTask {

  public static final String FIND_BY_PLAN = "ActionTask.findByPlan";
  public static final String FIND_STEP = "ActionTask.findStep";
  public static final int OPD_LENGTH = 200;

  /** The effort column: NUMERIC(19,4), so at most 15 digits before the point and 4 after. */
  public static final int EFFORT_PRECISION = 19;

  public static final int EFFORT_SCALE = 4;

  /** A deadline is at most this many years ahead: further is a typing error (+99999). */
  public static final int DEADLINE_YEARS_AHEAD = 10;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "simulation_seq")
  @SequenceGenerator(name = "simulation_seq", sequenceName = "simulation_seq", allocationSize = 50)
  private Long id;

  @Column(name = "instansi_code", nullable = false, length = 13)
  private String instansiCode;

  @Column(name = "base_year", nullable = false)
  private int baseYear;

  @Column(name = "framework_code", nullable = false, length = 30)
  private String frameworkCode;

  @Column(name = "indicator_code", nullable = false, length = 20)
  private String indicatorCode;

  @Column(name = "from_level", nullable = false, precision = 6, scale = 2)
  private BigDecimal fromLevel;

  @Column(name = "to_level", nullable = false, precision = 6, scale = 2)
  private BigDecimal toLevel;

  @Column(nullable = false, precision = EFFORT_PRECISION, scale = EFFORT_SCALE)
  private BigDecimal effort;

  @Column(name = "owner_opd", nullable = false, length = OPD_LENGTH)
  private String ownerOpd;

  @Column(nullable = false)
  private LocalDate deadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TaskStatus status = TaskStatus.BELUM_MULAI;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version
  @Column(name = "version_no", nullable = false)
  private int version;

  /**
   * Whether {@code effort} fits the column exactly: a value with more decimals would be rounded
   * (0.00001 stored as 0) and a longer one would fail the insert, so both are refused instead.
   */
  public static boolean effortFits(BigDecimal effort) {
    BigDecimal e = effort.stripTrailingZeros();
    return Math.max(e.scale(), 0) <= EFFORT_SCALE
        && e.precision() - e.scale() <= EFFORT_PRECISION - EFFORT_SCALE;
  }

  /** The last deadline a task may be given on {@code today}. */
  public static LocalDate latestDeadline(LocalDate today) {
    return today.plusYears(DEADLINE_YEARS_AHEAD);
  }

  /** The first deadline a task may be given: the start of the first evaluation year. */
  public static LocalDate earliestDeadline() {
    return LocalDate.of(EvaluationYear.FIRST, 1, 1);
  }

  protected ActionTask() {}

  /** A task for one step; the caller has checked the step against the framework. */
  public ActionTask(
      String instansiCode,
      int baseYear,
      String frameworkCode,
      String indicatorCode,
      BigDecimal fromLevel,
      BigDecimal toLevel,
      BigDecimal effort,
      String ownerOpd,
      LocalDate deadline,
      String by,
      LocalDateTime at) {
    this.instansiCode = instansiCode;
    this.baseYear = baseYear;
    this.frameworkCode = frameworkCode;
    this.indicatorCode = indicatorCode;
    this.fromLevel = fromLevel;
    this.toLevel = toLevel;
    this.effort = effort;
    this.ownerOpd = ownerOpd;
    this.deadline = deadline;
    this.createdBy = by;
    this.createdAt = at;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public void update(
      String newOwner, LocalDate newDeadline, TaskStatus newStatus, String by, LocalDateTime at) {
    ownerOpd = newOwner;
    deadline = newDeadline;
    status = newStatus;
    updatedBy = by;
    updatedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getInstansiCode() {
    return instansiCode;
  }

  public int getBaseYear() {
    return baseYear;
  }

  public String getFrameworkCode() {
    return frameworkCode;
  }

  public String getIndicatorCode() {
    return indicatorCode;
  }

  public BigDecimal getFromLevel() {
    return fromLevel;
  }

  public BigDecimal getToLevel() {
    return toLevel;
  }

  public BigDecimal getEffort() {
    return effort;
  }

  public String getOwnerOpd() {
    return ownerOpd;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public TaskStatus getStatus() {
    return status;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public int getVersion() {
    return version;
  }
}
