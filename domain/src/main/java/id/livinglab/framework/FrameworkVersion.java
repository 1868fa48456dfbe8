package id.livinglab.framework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One version of the evaluation framework (e.g. {@code spbe-2020} for PermenPANRB 59/2020): its
 * node tree, level scale and predicate bands. Frameworks are data so that a new regulation needs
 * files, not code.
 */
@Entity
@Table(name = "framework_version")
@NamedQuery(
    name = FrameworkVersion.FIND_ALL,
    query = "select f from FrameworkVersion f order by f.code")
public class FrameworkVersion {

  public static final String FIND_ALL = "FrameworkVersion.findAll";
  public static final int CODE_LENGTH = 30;

  @Id
  @Column(length = CODE_LENGTH)
  private String code;

  @Column(name = "name_id", nullable = false, length = 300)
  private String nameId;

  @Column(name = "name_en", length = 300)
  private String nameEn;

  @Column(length = 200)
  private String regulation;

  @Column(name = "level_min", nullable = false, precision = 6, scale = 2)
  private BigDecimal levelMin;

  @Column(name = "level_max", nullable = false, precision = 6, scale = 2)
  private BigDecimal levelMax;

  @Column(name = "level_step", nullable = false, precision = 6, scale = 2)
  private BigDecimal levelStep;

  @Enumerated(EnumType.STRING)
  @Column(name = "band_boundary", nullable = false, length = 20)
  private BandBoundary bandBoundary;

  @ElementCollection
  @CollectionTable(name = "predicate_band", joinColumns = @JoinColumn(name = "framework_code"))
  @OrderBy("lowerBound")
  private List<PredicateBand> bands = new ArrayList<>();

  @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<FrameworkNode> nodes = new ArrayList<>();

  protected FrameworkVersion() {}

  public FrameworkVersion(
      String code,
      String nameId,
      String nameEn,
      String regulation,
      BigDecimal levelMin,
      BigDecimal levelMax,
      BigDecimal levelStep,
      BandBoundary bandBoundary) {
    this.code = code;
    this.nameId = nameId;
    this.nameEn = nameEn;
    this.regulation = regulation;
    this.levelMin = levelMin;
    this.levelMax = levelMax;
    this.levelStep = levelStep;
    this.bandBoundary = bandBoundary;
  }

  public String getCode() {
    return code;
  }

  public String getNameId() {
    return nameId;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getRegulation() {
    return regulation;
  }

  public BigDecimal getLevelMin() {
    return levelMin;
  }

  public BigDecimal getLevelMax() {
    return levelMax;
  }

  public BigDecimal getLevelStep() {
    return levelStep;
  }

  public BandBoundary getBandBoundary() {
    return bandBoundary;
  }

  public List<PredicateBand> getBands() {
    return bands;
  }

  public List<FrameworkNode> getNodes() {
    return nodes;
  }

  public List<FrameworkNode> nodesOfKind(NodeKind kind) {
    return nodes.stream().filter(n -> n.getKind() == kind).toList();
  }

  public Optional<FrameworkNode> findNode(String nodeCode) {
    return nodes.stream().filter(n -> n.getCode().equals(nodeCode)).findFirst();
  }

  /** The predicate bands of this framework as a grading rule. */
  public PredicateScale predicateScale() {
    return new PredicateScale(bands, bandBoundary);
  }
}
