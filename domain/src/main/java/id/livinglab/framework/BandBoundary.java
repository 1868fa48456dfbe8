package id.livinglab.framework;

/**
 * Which band a value exactly on a cut-point belongs to. PermenPANRB 8/2026 prints strict
 * inequalities on both sides, so this is a setting of the framework, not a constant.
 */
public enum BandBoundary {
  /** A cut-point opens the upper band (3.50 is Sangat Baik): the common reading. */
  UPPER_OPENS,
  /** A cut-point closes the lower band (3.50 is Baik). */
  LOWER_CLOSES
}
