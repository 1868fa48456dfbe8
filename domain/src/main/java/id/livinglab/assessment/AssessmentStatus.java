package id.livinglab.assessment;

/** Where one instansi's assessment stands. */
public enum AssessmentStatus {
  /** Being filled in by the instansi. */
  DRAFT,
  /** Approved and submitted by the coordinator: the instansi can no longer change its levels. */
  SUBMITTED,
  /** The external values have become the year's official result. */
  FINALISED
}
