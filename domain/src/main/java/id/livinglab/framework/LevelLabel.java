package id.livinglab.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/**
 * The name of one level on one scale of a framework, e.g. level 4 of the SPBE process scale is
 * "Terpadu dan Terukur", of the service scale "Kolaborasi". Aliases are other names the same level
 * goes by (Pemdi's level 3 "Berkembang" is also "Baik" and "Developing").
 */
@Embeddable
public class LevelLabel {

  @Column(name = "scale_code", nullable = false, length = 20)
  private String scale;

  @Column(name = "level_no", nullable = false)
  private int level;

  @Column(name = "label_id", nullable = false, length = 100)
  private String labelId;

  @Column(name = "label_en", length = 100)
  private String labelEn;

  /** Other names of the level, separated by ";". */
  @Column(length = 300)
  private String aliases;

  protected LevelLabel() {}

  public LevelLabel(int level, String scale, String labelId, String labelEn, String aliases) {
    this.scale = scale;
    this.level = level;
    this.labelId = labelId;
    this.labelEn = labelEn;
    this.aliases = aliases;
  }

  public String getScale() {
    return scale;
  }

  public int getLevel() {
    return level;
  }

  public String getLabelId() {
    return labelId;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public List<String> aliases() {
    return aliases == null || aliases.isBlank()
        ? List.of()
        : Arrays.stream(aliases.split(";")).map(String::trim).toList();
  }
}
