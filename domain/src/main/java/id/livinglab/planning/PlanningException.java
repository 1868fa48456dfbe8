package id.livinglab.planning;

import java.util.List;

/**
 * A planning question that cannot be answered as asked. {@link #field()} names the input at fault
 * the way the REST body spells it ({@code effort.11}, {@code target.predicate}, {@code budget});
 * {@link #reason()} is a stable key for messages, {@link #arguments()} their values. Levels that
 * cannot be scored are refused by the scorer with its own {@link
 * id.livinglab.scoring.ScoringException}.
 */
public class PlanningException extends RuntimeException {

  /** Why a question was refused; the name is the message key suffix. Arguments in brackets. */
  public enum Reason {
    /** An indicator code in effort, maxSteps or exclude is not in the framework [code]. */
    UNKNOWN_INDICATOR,
    /** A target predicate names no band of the framework [name, the bands]. */
    UNKNOWN_PREDICATE,
    /** An index target outside the level scale [value, levelMin, levelMax]. */
    INDEX_OUT_OF_SCALE,
    /** An effort below zero [code]. */
    EFFORT_NEGATIVE,
    /** An effort array of the wrong length [code, steps from level 1, steps from level 0]. */
    EFFORT_LENGTH,
    /** Efforts too large or too finely divided to add up exactly in 63 bits [code]. */
    EFFORT_TOO_LARGE,
    /** A step cap below zero [code]. */
    MAX_STEPS_NEGATIVE,
    /** A budget below zero [budget]. */
    BUDGET_NEGATIVE,
    /** No goal given [-]. */
    GOAL_MISSING,
    /** Weights and values so finely divided that the exact table would not fit in memory [-]. */
    TOO_FINE
  }

  private final Reason reason;
  private final String field;
  private final List<Object> arguments;

  public PlanningException(Reason reason, String field, Object... arguments) {
    super(reason + " " + field + " " + List.of(arguments));
    this.reason = reason;
    this.field = field;
    this.arguments = List.of(arguments);
  }

  public Reason reason() {
    return reason;
  }

  public String field() {
    return field;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
