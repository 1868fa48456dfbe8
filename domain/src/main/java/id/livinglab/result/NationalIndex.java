package id.livinglab.result;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** The national index of one year as published (2018: 1.98 … 2024: 3.12). */
@Entity
@Table(name = "national_index")
@NamedQuery(name = NationalIndex.FIND_ALL, query = "select n from NationalIndex n order by n.year")
public class NationalIndex {

  public static final String FIND_ALL = "NationalIndex.findAll";

  @Id
  @Column(name = "index_year")
  private int year;

  @Column(name = "framework_code", nullable = false, length = 30)
  private String frameworkCode;

  @Column(name = "instansi_count")
  private Integer instansiCount;

  @Column(name = "index_value", nullable = false, precision = 6, scale = 2)
  private BigDecimal index;

  @Column(length = 60)
  private String predicate;

  /** The national mean of each domain, by node code of the year's framework. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "national_index_value", joinColumns = @JoinColumn(name = "index_year"))
  @MapKeyColumn(name = "node_code", length = 20)
  @Column(name = "node_value", precision = 6, scale = 2)
  private Map<String, BigDecimal> domainMeans = new TreeMap<>();

  protected NationalIndex() {}

  public NationalIndex(
      int year, String frameworkCode, Integer instansiCount, BigDecimal index, String predicate) {
    this.year = year;
    this.frameworkCode = frameworkCode;
    this.instansiCount = instansiCount;
    this.index = index;
    this.predicate = predicate;
  }

  public int getYear() {
    return year;
  }

  public String getFrameworkCode() {
    return frameworkCode;
  }

  public Integer getInstansiCount() {
    return instansiCount;
  }

  public BigDecimal getIndex() {
    return index;
  }

  public Map<String, BigDecimal> getDomainMeans() {
    return domainMeans;
  }

  public String getPredicate() {
    return predicate;
  }
}
