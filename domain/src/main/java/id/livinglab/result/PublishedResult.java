package id.livinglab.result;

import id.livinglab.instansi.Instansi;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An official result as published by KemenPANRB: the printed index and predicate, and the printed
 * value of each domain or aspect by node code (D1–D4 for SPBE; A1–A7 for Pemdi). Printed values are
 * kept as printed, never recomputed. Each result names its {@link ResultSource} and how the
 * instansi took part; where the source gives them, it holds the official level of every indicator.
 */
@Entity
@Table(
    name = "published_result",
    uniqueConstraints = @UniqueConstraint(columnNames = {"result_year", "instansi_code"}))
@NamedQuery(
    name = PublishedResult.COUNT_BY_YEAR,
    query = "select count(r) from PublishedResult r where r.year = :year")
@NamedQuery(
    name = PublishedResult.FIND_YEARS,
    query = "select distinct r.year from PublishedResult r order by r.year desc")
@NamedQuery(
    name = PublishedResult.FIND_BY_YEAR,
    query =
        "select r from PublishedResult r join fetch r.instansi i left join fetch i.province join fetch r.source"
            + " where r.year = :year"
            + " order by r.instansi.code")
@NamedQuery(
    name = PublishedResult.FIND_BY_YEAR_AND_INSTANSI,
    query = "select r from PublishedResult r where r.year = :year and r.instansi.code = :code")
@NamedQuery(
    name = PublishedResult.FIND_WITH_LEVELS_BY_YEAR,
    query =
        "select r from PublishedResult r join fetch r.instansi"
            + " where r.year = :year and r.levels is not empty")
@NamedQuery(
    name = PublishedResult.FIND_BY_INSTANSI,
    query = "select r from PublishedResult r where r.instansi.code = :code order by r.year")
public class PublishedResult {

  public static final String FIND_WITH_LEVELS_BY_YEAR = "PublishedResult.findWithLevelsByYear";
  public static final String FIND_BY_INSTANSI = "PublishedResult.findByInstansi";

  public static final String FIND_BY_YEAR_AND_INSTANSI = "PublishedResult.findByYearAndInstansi";
  public static final String COUNT_BY_YEAR = "PublishedResult.countByYear";
  public static final String FIND_BY_YEAR = "PublishedResult.findByYear";
  public static final String FIND_YEARS = "PublishedResult.findYears";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "published_result_seq")
  @SequenceGenerator(
      name = "published_result_seq",
      sequenceName = "published_result_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "result_year", nullable = false)
  private int year;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "instansi_code")
  private Instansi instansi;

  @Column(name = "index_value", nullable = false, precision = 6, scale = 2)
  private BigDecimal index;

  @Column(length = 60)
  private String predicate;

  @ElementCollection
  @CollectionTable(name = "published_result_value", joinColumns = @JoinColumn(name = "result_id"))
  @MapKeyColumn(name = "node_code", length = 20)
  @Column(name = "node_value", precision = 6, scale = 2)
  private Map<String, BigDecimal> nodeValues = new LinkedHashMap<>();

  @ManyToOne(optional = false)
  @JoinColumn(name = "source_code")
  private ResultSource source;

  @Enumerated(EnumType.STRING)
  @Column(name = "result_mode", nullable = false, length = 20)
  private ResultMode mode = ResultMode.EVALUATED;

  /** 1 when the source's value equals the year before and may have been carried forward. */
  @Column(name = "carried_forward", nullable = false)
  private int carriedForward;

  /** The source's remark on this row, as reported (English, as the compilations write it). */
  @Column(length = 500)
  private String note;

  @ElementCollection
  @CollectionTable(name = "published_result_level", joinColumns = @JoinColumn(name = "result_id"))
  @MapKeyColumn(name = "indicator_code", length = 20)
  @Column(name = "level_value", precision = 6, scale = 2)
  private Map<String, BigDecimal> levels = new LinkedHashMap<>();

  protected PublishedResult() {}

  public PublishedResult(
      int year, Instansi instansi, BigDecimal index, String predicate, ResultSource source) {
    this.year = year;
    this.instansi = instansi;
    this.index = index;
    this.predicate = predicate;
    this.source = source;
  }

  /** How the instansi took part, whether the value may be carried forward, the source's remark. */
  public void describe(ResultMode mode, boolean carriedForward, String note) {
    this.mode = mode;
    this.carriedForward = carriedForward ? 1 : 0;
    this.note = note == null || note.isBlank() ? null : note;
  }

  public Long getId() {
    return id;
  }

  public int getYear() {
    return year;
  }

  public Instansi getInstansi() {
    return instansi;
  }

  public BigDecimal getIndex() {
    return index;
  }

  public String getPredicate() {
    return predicate;
  }

  public Map<String, BigDecimal> getNodeValues() {
    return nodeValues;
  }

  public ResultSource getSource() {
    return source;
  }

  public ResultMode getMode() {
    return mode;
  }

  public boolean isCarriedForward() {
    return carriedForward != 0;
  }

  public String getNote() {
    return note;
  }

  /** The official level of each indicator, empty when the source gives none. */
  public Map<String, BigDecimal> getLevels() {
    return levels;
  }
}
