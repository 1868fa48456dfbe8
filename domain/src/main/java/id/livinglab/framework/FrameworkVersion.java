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
import java.math.RoundingMode;
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

  /** Whether the weights are confirmed by the regulation's text (SPBE 2018's are not): 0 or 1. */
  @Column(name = "weights_uncertain", nullable = false)
  private int weightsUncertain;

  @Column(name = "rounding_decimals", nullable = false)
  private int roundingDecimals = 2;

  @Enumerated(EnumType.STRING)
  @Column(name = "rounding_mode", nullable = false, length = 20)
  private RoundingMode roundingMode = RoundingMode.HALF_UP;

  /** SHA-256 of the files the version was read from: a changed file replaces it at start. */
  @Column(name = "source_hash", length = 64)
  private String sourceHash;

  @ElementCollection
  @CollectionTable(name = "level_label", joinColumns = @JoinColumn(name = "framework_code"))
  @OrderBy("scale, level")
  private List<LevelLabel> levelLabels = new ArrayList<>();

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

  public boolean isWeightsUncertain() {
    return weightsUncertain != 0;
  }

  public void setWeightsUncertain(boolean uncertain) {
    this.weightsUncertain = uncertain ? 1 : 0;
  }

  public RoundingRule roundingRule() {
    return new RoundingRule(roundingDecimals, roundingMode);
  }

  public void setRoundingRule(RoundingRule rule) {
    this.roundingDecimals = rule.decimals();
    this.roundingMode = rule.mode();
  }

  public String getSourceHash() {
    return sourceHash;
  }

  public void setSourceHash(String sourceHash) {
    this.sourceHash = sourceHash;
  }

  public List<LevelLabel> getLevelLabels() {
    return levelLabels;
  }

  /**
   * Takes over everything of {@code newer} (read from changed files) but the code: nodes, bands,
   * labels and settings are replaced in place, so that the years that name this version keep it.
   */
  public void replaceWith(FrameworkVersion newer) {
    nameId = newer.nameId;
    nameEn = newer.nameEn;
    regulation = newer.regulation;
    levelMin = newer.levelMin;
    levelMax = newer.levelMax;
    levelStep = newer.levelStep;
    bandBoundary = newer.bandBoundary;
    weightsUncertain = newer.weightsUncertain;
    roundingDecimals = newer.roundingDecimals;
    roundingMode = newer.roundingMode;
    sourceHash = newer.sourceHash;
    bands.clear();
    bands.addAll(newer.bands);
    levelLabels.clear();
    levelLabels.addAll(newer.levelLabels);
    nodes.clear();
  }

  /** Adopts {@code newer}'s nodes after {@link #replaceWith} has been flushed. */
  public void adoptNodes(FrameworkVersion newer) {
    for (FrameworkNode node : newer.nodes) {
      nodes.add(node.copyFor(this));
    }
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

  /** Whether {@code level} is a value of this framework's scale: within it and on a step. */
  public boolean isOnScale(BigDecimal level) {
    return level.compareTo(levelMin) >= 0
        && level.compareTo(levelMax) <= 0
        && level.subtract(levelMin).remainder(levelStep).signum() == 0;
  }

  /** The predicate bands of this framework as a grading rule. */
  public PredicateScale predicateScale() {
    return new PredicateScale(bands, bandBoundary);
  }
}
