package id.livinglab.instansi;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A province or kabupaten/kota by its Kemendagri code ("32" or "32.11"). Codes are strings: "32.10"
 * is not the number 32.1.
 */
@Entity
@Cacheable
@Table(name = "region")
@NamedQuery(name = Region.COUNT, query = "select count(r) from Region r")
@NamedQuery(
    name = Region.FIND_PROVINCES,
    query = "select r from Region r where r.provinceCode is null order by r.code")
public class Region {

  public static final String COUNT = "Region.count";
  public static final String FIND_PROVINCES = "Region.findProvinces";
  public static final int CODE_LENGTH = 13;
  public static final int NAME_LENGTH = 200;

  @Id
  @Column(length = CODE_LENGTH)
  private String code;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  /** Null for a province; the province's code for a kabupaten/kota. */
  @Column(name = "province_code", length = CODE_LENGTH)
  private String provinceCode;

  protected Region() {}

  public Region(String code, String name, String provinceCode) {
    this.code = code;
    this.name = name;
    this.provinceCode = provinceCode;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public boolean isProvince() {
    return provinceCode == null;
  }
}
