package id.livinglab.planning;

import id.livinglab.framework.Grade;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The cheapest way from an instansi's official indicator levels to a target, as pages show it: the
 * first {@link CheapestSteps#LISTED} moves by name, and how many more the plan needs.
 *
 * @param target the predicate aimed at (null for an index target, or without levels)
 * @param targetValue its cut-point, or the index aimed at
 * @param distance how far the index of the levels is below it (0 when reached)
 * @param listed the cheapest moves, at most {@link CheapestSteps#LISTED}
 * @param more the moves the plan needs beyond those listed
 * @param steps every level step of the plan
 * @param start the index of the levels (null without levels)
 * @param result the index after the plan (the start when it has no steps)
 */
public record NextSteps(
    Status status,
    Grade target,
    BigDecimal targetValue,
    BigDecimal distance,
    List<Listed> listed,
    int more,
    int steps,
    Plan.Standing start,
    Plan.Standing result) {

  /** What there is to show. */
  public enum Status {
    /** No official indicator levels are held for the year: nothing to plan from. */
    LEVELS_UNKNOWN,
    /** Already at the top predicate: there is no next one. */
    TOP,
    /** The target is reached already. */
    REACHED,
    /** Even every step up does not reach the target. */
    UNREACHABLE,
    /** A plan with steps. */
    PLANNED
  }

  /** One move of the plan with the indicator's names. */
  public record Listed(
      String indicator,
      String nameId,
      String nameEn,
      BigDecimal from,
      BigDecimal to,
      int steps,
      BigDecimal gain) {

    public String name(Locale locale) {
      return id.livinglab.support.LocalText.pick(locale, nameId, nameEn);
    }
  }

  public NextSteps {
    listed = List.copyOf(listed);
  }

  static NextSteps without(Status status) {
    return new NextSteps(status, null, null, null, List.of(), 0, 0, null, null);
  }

  public boolean planned() {
    return status == Status.PLANNED;
  }
}
