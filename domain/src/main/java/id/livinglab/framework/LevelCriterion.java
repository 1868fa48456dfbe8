package id.livinglab.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The regulation's criteria text for one level of one indicator. */
@Embeddable
public class LevelCriterion {

  public static final int TEXT_LENGTH = 4000;

  @Column(name = "level_no", nullable = false)
  private int level;

  @Column(name = "text_id", nullable = false, length = TEXT_LENGTH)
  private String textId;

  protected LevelCriterion() {}

  public LevelCriterion(int level, String textId) {
    this.level = level;
    this.textId = textId;
  }

  public int getLevel() {
    return level;
  }

  public String getTextId() {
    return textId;
  }
}
