package id.livinglab.simulation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * A named what-if: a level for every indicator of a year's framework, saved by one person of an
 * instansi, who may share it with its colleagues. Always a simulation, never a result.
 */
@Entity
@Table(name = "scenario")
@NamedQuery(
    name = Scenario.FIND_VISIBLE,
    query =
        "select s from Scenario s where s.instansiCode = :code and s.year = :year"
            + " and (s.visibility = id.livinglab.simulation.Visibility.SHARED"
            + " or s.createdBy = :user) order by s.name")
@NamedQuery(
    name = Scenario.FIND_BY_NAME,
    query =
        "select s from Scenario s where s.instansiCode = :code and s.year = :year"
            + " and s.name = :name")
public class Scenario {

  public static final String FIND_VISIBLE = "Scenario.findVisible";
  public static final String FIND_BY_NAME = "Scenario.findByName";
  public static final int NAME_LENGTH = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "simulation_seq")
  @SequenceGenerator(name = "simulation_seq", sequenceName = "simulation_seq", allocationSize = 50)
  private Long id;

  @Column(name = "instansi_code", nullable = false, length = 13)
  private String instansiCode;

  @Column(name = "scenario_year", nullable = false)
  private int year;

  @Column(name = "framework_code", nullable = false, length = 30)
  private String frameworkCode;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "start_source", nullable = false, length = 20)
  private LevelSource source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Visibility visibility = Visibility.PRIVATE;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "scenario_level", joinColumns = @JoinColumn(name = "scenario_id"))
  @MapKeyColumn(name = "indicator_code", length = 20)
  @Column(name = "level_value", precision = 6, scale = 2, nullable = false)
  private Map<String, BigDecimal> levels = new HashMap<>();

  @Version
  @Column(name = "version_no", nullable = false)
  private int version;

  protected Scenario() {}

  public Scenario(
      String instansiCode,
      int year,
      String frameworkCode,
      String name,
      LevelSource source,
      String by,
      LocalDateTime at) {
    this.instansiCode = instansiCode;
    this.year = year;
    this.frameworkCode = frameworkCode;
    this.name = name;
    this.source = source;
    this.createdBy = by;
    this.createdAt = at;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  /** Replaces the levels; the caller has checked them against the framework. */
  public void update(Map<String, BigDecimal> newLevels, String by, LocalDateTime at) {
    levels.clear();
    levels.putAll(newLevels);
    updatedBy = by;
    updatedAt = at;
  }

  public void share(Visibility newVisibility, String by, LocalDateTime at) {
    visibility = newVisibility;
    updatedBy = by;
    updatedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getInstansiCode() {
    return instansiCode;
  }

  public int getYear() {
    return year;
  }

  public String getFrameworkCode() {
    return frameworkCode;
  }

  public String getName() {
    return name;
  }

  public LevelSource getSource() {
    return source;
  }

  public Visibility getVisibility() {
    return visibility;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public Map<String, BigDecimal> getLevels() {
    return levels;
  }

  public int getVersion() {
    return version;
  }
}
