package id.livinglab.result;

import id.livinglab.support.LocalText;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * Where published figures come from: a report, a compilation, a finalisation on the platform or an
 * import, with how reliable it is. Shipped in {@code reference/spbe/sources.csv}; cached, as it
 * changes only with a release.
 */
@Entity
@Cacheable
@Table(name = "result_source")
public class ResultSource {

  /** A result finalised on the platform. */
  public static final String PLATFORM = "LL";

  /** A result the national administrator imported. */
  public static final String IMPORTED = "IMPORT";

  @Id
  @Column(length = 10)
  private String code;

  @Column(name = "name_id", nullable = false, length = 300)
  private String nameId;

  @Column(name = "name_en", nullable = false, length = 300)
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Reliability reliability;

  @Column(name = "note_id", length = 1000)
  private String noteId;

  @Column(name = "note_en", length = 1000)
  private String noteEn;

  @Column(length = 500)
  private String url;

  protected ResultSource() {}

  public ResultSource(
      String code,
      String nameId,
      String nameEn,
      Reliability reliability,
      String noteId,
      String noteEn,
      String url) {
    this.code = code;
    this.nameId = nameId;
    this.nameEn = nameEn;
    this.reliability = reliability;
    this.noteId = noteId;
    this.noteEn = noteEn;
    this.url = url;
  }

  public String getCode() {
    return code;
  }

  public String name(Locale locale) {
    return LocalText.pick(locale, nameId, nameEn);
  }

  public String note(Locale locale) {
    return LocalText.pick(locale, noteId, noteEn);
  }

  public Reliability getReliability() {
    return reliability;
  }

  public String getUrl() {
    return url;
  }

  /** Takes the texts of a newer release of the shipped file. */
  public void update(ResultSource newer) {
    nameId = newer.nameId;
    nameEn = newer.nameEn;
    reliability = newer.reliability;
    noteId = newer.noteId;
    noteEn = newer.noteEn;
    url = newer.url;
  }
}
