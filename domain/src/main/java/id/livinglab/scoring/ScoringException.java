package id.livinglab.scoring;

/**
 * A level vector that cannot be scored. {@link #field()} names the offending entry (the indicator
 * code) so that an API can point at it; {@link #reason()} is a stable key for messages.
 */
public class ScoringException extends RuntimeException {

  /** Why a vector was refused; the name is the message key suffix. */
  public enum Reason {
    UNKNOWN_INDICATOR,
    MISSING_INDICATOR,
    LEVEL_OUT_OF_SCALE,
    LEVEL_OFF_STEP
  }

  private final Reason reason;
  private final String field;

  public ScoringException(Reason reason, String field, String detail) {
    super(reason + " " + field + ": " + detail);
    this.reason = reason;
    this.field = field;
  }

  public Reason reason() {
    return reason;
  }

  public String field() {
    return field;
  }
}
