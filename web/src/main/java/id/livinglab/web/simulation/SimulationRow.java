package id.livinglab.web.simulation;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One indicator on the simulation page: where it started, the level being tried, and the planner's
 * settings for it (effort per step, a cap on steps, or left out).
 */
public class SimulationRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String name;
  private final String aspectCode;
  private final BigDecimal weight;
  private BigDecimal start;
  private BigDecimal level;
  private String effort;
  private Integer maxSteps;
  private boolean excluded;

  public SimulationRow(String code, String name, String aspectCode, BigDecimal weight) {
    this.code = code;
    this.name = name;
    this.aspectCode = aspectCode;
    this.weight = weight;
  }

  /** Starts again from {@code value}: the start and the level being tried. */
  void startAt(BigDecimal value) {
    start = value;
    level = value;
  }

  public boolean isChanged() {
    return level != null && start != null && level.compareTo(start) != 0;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getAspectCode() {
    return aspectCode;
  }

  public BigDecimal getWeight() {
    return weight;
  }

  public BigDecimal getStart() {
    return start;
  }

  public BigDecimal getLevel() {
    return level;
  }

  public void setLevel(BigDecimal level) {
    this.level = level;
  }

  public String getEffort() {
    return effort;
  }

  public void setEffort(String effort) {
    this.effort = effort;
  }

  public Integer getMaxSteps() {
    return maxSteps;
  }

  public void setMaxSteps(Integer maxSteps) {
    this.maxSteps = maxSteps;
  }

  public boolean isExcluded() {
    return excluded;
  }

  public void setExcluded(boolean excluded) {
    this.excluded = excluded;
  }
}
