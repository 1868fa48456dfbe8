package id.livinglab.simulation;

/**
 * Where a simulation's starting levels come from. Every source is an assessment held on the
 * platform; published results carry no indicator levels, so without an assessment a simulation
 * starts from the scale minimum.
 */
public enum LevelSource {
  /** The finalised assessment: the levels of the year's official result. Public once final. */
  OFFICIAL,
  /** The assessors' latest values, the instansi's own where they gave none (before finalising). */
  EXTERNAL,
  /** The instansi's own self-assessment. */
  SELF,
  /** Every indicator at the scale minimum. */
  MINIMUM
}
