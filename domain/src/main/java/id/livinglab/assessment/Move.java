package id.livinglab.assessment;

/** What someone may do to an assessment; {@link AssessmentPolicy} says who may, and when. */
public enum Move {
  /** Fill in a self level, its explanation, and attach evidence. */
  ANSWER_SELF,
  /** Approve and submit the self-assessment. */
  SUBMIT,
  /** Set an external value or a verdict on an indicator. */
  REVIEW,
  /** Answer an assessor's verdict. */
  REPLY,
  /** Turn the external values into the official result. */
  FINALISE
}
