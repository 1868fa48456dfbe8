package id.livinglab.security;

import java.time.Duration;

/**
 * The answer to a login attempt.
 *
 * @param caller set when {@link Status#SUCCESS}
 * @param retryAfter set when {@link Status#THROTTLED}: how long the user must wait
 */
public record LoginOutcome(Status status, Caller caller, Duration retryAfter) {

  /** Why a login succeeded or not; each has its own message for the user. */
  public enum Status {
    SUCCESS,
    INVALID,
    THROTTLED,
    DIRECTORY_UNAVAILABLE
  }

  static LoginOutcome success(Caller caller) {
    return new LoginOutcome(Status.SUCCESS, caller, Duration.ZERO);
  }

  static LoginOutcome of(Status status) {
    return new LoginOutcome(status, null, Duration.ZERO);
  }

  static LoginOutcome throttled(Duration wait) {
    return new LoginOutcome(Status.THROTTLED, null, wait);
  }

  public boolean succeeded() {
    return status == Status.SUCCESS;
  }
}
