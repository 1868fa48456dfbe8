package id.livinglab.framework;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A node of a framework's tree: a domain, an aspect or an indicator. Weights are percentages of the
 * whole index, so a parent's weight is the sum of its children's.
 */
@Entity
@Table(name = "framework_node")
public class FrameworkNode {

  public static final int CODE_LENGTH = 20;
  public static final int NAME_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "framework_node_seq")
  @SequenceGenerator(
      name = "framework_node_seq",
      sequenceName = "framework_node_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "framework_code")
  private FrameworkVersion framework;

  @Column(name = "parent_code", length = CODE_LENGTH)
  private String parentCode;

  @Column(nullable = false, length = CODE_LENGTH)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private NodeKind kind;

  @Column(name = "name_id", nullable = false, length = NAME_LENGTH)
  private String nameId;

  @Column(name = "name_en", length = NAME_LENGTH)
  private String nameEn;

  @Column(nullable = false, precision = 9, scale = 4)
  private BigDecimal weight;

  @Column(name = "sort_order", nullable = false)
  private int position;

  /** The level scale of an indicator ("proses" or "layanan" in SPBE 2020); null elsewhere. */
  @Column(name = "level_scale", length = 20)
  private String scale;

  @Column(length = LevelCriterion.TEXT_LENGTH)
  private String question;

  @Column(length = LevelCriterion.TEXT_LENGTH)
  private String description;

  /** The instansi pembina: the ministries that guide the indicator (Pemdi). */
  @Column(length = LevelCriterion.TEXT_LENGTH)
  private String pembina;

  /** The internal functions of an instansi that answer the indicator (Pemdi). */
  @Column(name = "functions_text", length = LevelCriterion.TEXT_LENGTH)
  private String functions;

  /** The other agency's index that feeds the indicator (e.g. BSSN's IKASANDI); null if none. */
  @Column(name = "external_index", length = 300)
  private String externalIndex;

  /** Indicative evidence from training material: not regulatory, a hint for the operator. */
  @Column(name = "evidence_hint", length = LevelCriterion.TEXT_LENGTH)
  private String evidenceHint;

  @ElementCollection
  @CollectionTable(name = "level_criterion", joinColumns = @JoinColumn(name = "node_id"))
  @OrderBy("level")
  private List<LevelCriterion> criteria = new ArrayList<>();

  protected FrameworkNode() {}

  public FrameworkNode(
      FrameworkVersion framework,
      String parentCode,
      String code,
      NodeKind kind,
      String nameId,
      String nameEn,
      BigDecimal weight,
      int position) {
    this.framework = framework;
    this.parentCode = parentCode;
    this.code = code;
    this.kind = kind;
    this.nameId = nameId;
    this.nameEn = nameEn;
    this.weight = weight;
    this.position = position;
  }

  /** A copy of this node (criteria included) belonging to {@code owner}. */
  FrameworkNode copyFor(FrameworkVersion owner) {
    FrameworkNode copy =
        new FrameworkNode(owner, parentCode, code, kind, nameId, nameEn, weight, position);
    copy.scale = scale;
    copy.question = question;
    copy.describe(description, pembina, functions, externalIndex, evidenceHint);
    copy.criteria.addAll(criteria);
    return copy;
  }

  public Long getId() {
    return id;
  }

  public FrameworkVersion getFramework() {
    return framework;
  }

  public String getParentCode() {
    return parentCode;
  }

  public String getCode() {
    return code;
  }

  public NodeKind getKind() {
    return kind;
  }

  public String getNameId() {
    return nameId;
  }

  public String getNameEn() {
    return nameEn;
  }

  public BigDecimal getWeight() {
    return weight;
  }

  public int getPosition() {
    return position;
  }

  public String getScale() {
    return scale;
  }

  public void setScale(String scale) {
    this.scale = scale;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public List<LevelCriterion> getCriteria() {
    return criteria;
  }

  /** Sets what the self-assessment page shows beside the criteria; any of them may be null. */
  public void describe(
      String description,
      String pembina,
      String functions,
      String externalIndex,
      String evidenceHint) {
    this.description = description;
    this.pembina = pembina;
    this.functions = functions;
    this.externalIndex = externalIndex;
    this.evidenceHint = evidenceHint;
  }

  public String getDescription() {
    return description;
  }

  public String getPembina() {
    return pembina;
  }

  public String getFunctions() {
    return functions;
  }

  public String getExternalIndex() {
    return externalIndex;
  }

  public String getEvidenceHint() {
    return evidenceHint;
  }
}
