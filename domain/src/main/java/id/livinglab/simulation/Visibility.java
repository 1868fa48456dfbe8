package id.livinglab.simulation;

/** Who sees a saved scenario besides the administrator. */
public enum Visibility {
  /** Its author alone. */
  PRIVATE,
  /** Every colleague of the same instansi. */
  SHARED
}
