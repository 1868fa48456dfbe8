package id.livinglab.instansi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * How KemenPANRB's own evaluation files name one of our instansi: its code there (absent where a
 * row was matched by name only) and the name it printed. Reading a future KemenPANRB file maps its
 * rows to our codes through these.
 */
@Entity
@Table(name = "kemenpanrb_alias")
@NamedQuery(name = KemenpanrbAlias.COUNT, query = "select count(a) from KemenpanrbAlias a")
@NamedQuery(
    name = KemenpanrbAlias.FIND_BY_KODE,
    query = "select a from KemenpanrbAlias a where a.kode = :kode")
public class KemenpanrbAlias {

  public static final String COUNT = "KemenpanrbAlias.count";
  public static final String FIND_BY_KODE = "KemenpanrbAlias.findByKode";

  /** The row of the shipped file: the file has no key of its own (a name may repeat). */
  @Id
  @Column(name = "row_no")
  private int rowNo;

  @Column(name = "kemenpanrb_kode", length = 10)
  private String kode;

  @Column(name = "instansi_code", nullable = false, length = Instansi.CODE_LENGTH)
  private String instansiCode;

  @Column(name = "name_in_source", nullable = false, length = Instansi.NAME_LENGTH)
  private String nameInSource;

  /** {@code kode}, {@code name} or {@code manual}: how the row was matched to our code. */
  @Column(name = "matched_by", nullable = false, length = 10)
  private String matchedBy;

  protected KemenpanrbAlias() {}

  public KemenpanrbAlias(
      int rowNo, String kode, String instansiCode, String nameInSource, String matchedBy) {
    this.rowNo = rowNo;
    this.kode = kode == null || kode.isBlank() ? null : kode;
    this.instansiCode = instansiCode;
    this.nameInSource = nameInSource;
    this.matchedBy = matchedBy;
  }

  public String getKode() {
    return kode;
  }

  public String getInstansiCode() {
    return instansiCode;
  }

  public String getNameInSource() {
    return nameInSource;
  }

  public String getMatchedBy() {
    return matchedBy;
  }
}
