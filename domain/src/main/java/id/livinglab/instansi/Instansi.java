package id.livinglab.instansi;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A government body scored by the index: a central body ({@code P-001}…) or a regional government
 * keyed by its Kemendagri code ({@code 32.11} = Kabupaten Sumedang). Cached: the register changes
 * only with a release of the shipped data.
 */
@Entity
@Cacheable
@Table(name = "instansi")
@NamedQuery(name = Instansi.COUNT, query = "select count(i) from Instansi i")
@NamedQuery(
    name = Instansi.SEARCH_BY_NAME,
    query =
        "select i from Instansi i left join fetch i.province"
            + " where upper(i.name) like :pattern escape '!' or upper(i.shortName) like :pattern escape '!'"
            + " order by i.name")
public class Instansi {

  public static final String COUNT = "Instansi.count";
  public static final String SEARCH_BY_NAME = "Instansi.searchByName";
  public static final int CODE_LENGTH = 13;
  public static final int NAME_LENGTH = 200;
  public static final int SHORT_NAME_LENGTH = 60;

  @Id
  @Column(length = CODE_LENGTH)
  private String code;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private InstansiKind kind;

  @Column(length = 60)
  private String category;

  @Column(name = "short_name", length = SHORT_NAME_LENGTH)
  private String shortName;

  /** The province the body belongs to; null for central bodies. */
  @ManyToOne
  @JoinColumn(name = "province_code")
  private Region province;

  /** For a body no longer in the register: the years it was scored ({@code 2018/2019}). */
  @Column(name = "historic_years", length = 60)
  private String historicYears;

  /** For a body no longer in the register: what became of it, where known (as reported). */
  @Column(length = 400)
  private String fate;

  protected Instansi() {}

  public Instansi(
      String code,
      String name,
      InstansiKind kind,
      String category,
      String shortName,
      Region province) {
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.category = category;
    this.shortName = shortName;
    this.province = province;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public InstansiKind getKind() {
    return kind;
  }

  public String getCategory() {
    return category;
  }

  public String getShortName() {
    return shortName;
  }

  public Region getProvince() {
    return province;
  }

  /**
   * Marks a body that is no longer in the register (merged, dissolved, split): it keeps its results
   * and portrait, and says what became of it.
   */
  public void retire(String years, String fate) {
    this.historicYears = years;
    this.fate = fate == null || fate.isBlank() ? null : fate;
  }

  /** Whether the body is no longer in the current register. */
  public boolean isHistoric() {
    return historicYears != null;
  }

  public String getHistoricYears() {
    return historicYears;
  }

  public String getFate() {
    return fate;
  }
}
