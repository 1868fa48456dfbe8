package id.livinglab.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An indicator a practice should raise: the framework and indicator, the level the owner expects it
 * to move from and to, and why. The owner proposes; a curator approves, and only an approved link
 * is a filter in the public catalogue's "raises this indicator".
 */
@Embeddable
public class IndicatorLink {

  public static final int REASON_LENGTH = 1000;

  @Column(name = "framework_code", nullable = false, length = 30)
  private String frameworkCode;

  @Column(name = "indicator_code", nullable = false, length = 20)
  private String indicatorCode;

  @Column(name = "from_level", nullable = false, precision = 6, scale = 2)
  private BigDecimal fromLevel;

  @Column(name = "to_level", nullable = false, precision = 6, scale = 2)
  private BigDecimal toLevel;

  @Column(name = "reason", length = REASON_LENGTH)
  private String reason;

  /** 0/1: portable SQL has no BOOLEAN. */
  @Column(name = "approved", nullable = false)
  private int approved;

  protected IndicatorLink() {}

  /** A proposed link; the caller has checked the indicator and the levels against the framework. */
  public IndicatorLink(
      String frameworkCode,
      String indicatorCode,
      BigDecimal fromLevel,
      BigDecimal toLevel,
      String reason) {
    if (fromLevel.compareTo(toLevel) >= 0) {
      throw new IllegalArgumentException("an indicator link must raise the level");
    }
    this.frameworkCode = frameworkCode;
    this.indicatorCode = indicatorCode;
    this.fromLevel = fromLevel;
    this.toLevel = toLevel;
    this.reason = reason;
  }

  /** The key the catalogue filters by, e.g. {@code spbe-2020:26}. */
  public String key() {
    return frameworkCode + ":" + indicatorCode;
  }

  void approve() {
    approved = 1;
  }

  public boolean isApproved() {
    return approved == 1;
  }

  public String getFrameworkCode() {
    return frameworkCode;
  }

  public String getIndicatorCode() {
    return indicatorCode;
  }

  public BigDecimal getFromLevel() {
    return fromLevel;
  }

  public BigDecimal getToLevel() {
    return toLevel;
  }

  public String getReason() {
    return reason;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndicatorLink l && key().equals(l.key());
  }

  @Override
  public int hashCode() {
    return Objects.hash(frameworkCode, indicatorCode);
  }
}
