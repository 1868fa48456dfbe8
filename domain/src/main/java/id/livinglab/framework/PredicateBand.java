package id.livinglab.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One predicate band: its name and the cut-point where it starts (the lowest band starts at 0). */
@Embeddable
public class PredicateBand {

  @Column(name = "lower_bound", nullable = false, precision = 6, scale = 2)
  private BigDecimal lowerBound;

  @Column(name = "name_id", nullable = false, length = 60)
  private String nameId;

  @Column(name = "name_en", nullable = false, length = 60)
  private String nameEn;

  protected PredicateBand() {}

  public PredicateBand(BigDecimal lowerBound, String nameId, String nameEn) {
    this.lowerBound = lowerBound;
    this.nameId = nameId;
    this.nameEn = nameEn;
  }

  public BigDecimal getLowerBound() {
    return lowerBound;
  }

  public String getNameId() {
    return nameId;
  }

  public String getNameEn() {
    return nameEn;
  }
}
