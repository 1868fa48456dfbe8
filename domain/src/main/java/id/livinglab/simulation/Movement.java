package id.livinglab.simulation;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Whether a task's indicator actually moved in the next official result after the plan's year: the
 * follow-up that tells a region whether finished work showed in its index.
 */
public enum Movement {
  /** No later official result yet. */
  AWAITING,
  /** The later result is scored on another framework, whose indicators are not these. */
  OTHER_FRAMEWORK,
  /** The indicator reached the task's target level or beyond. */
  REACHED,
  /** It rose, but not to the target. */
  PARTLY,
  /** It did not rise above where the task started. */
  NOT_MOVED;

  /**
   * @param next the indicator's official level in the next result on the same framework, empty when
   *     there is none yet
   */
  public static Movement of(BigDecimal from, BigDecimal to, Optional<BigDecimal> next) {
    if (next.isEmpty()) {
      return AWAITING;
    }
    BigDecimal level = next.get();
    if (level.compareTo(to) >= 0) {
      return REACHED;
    }
    return level.compareTo(from) > 0 ? PARTLY : NOT_MOVED;
  }
}
