package id.livinglab.simulation;

import id.livinglab.framework.Grade;
import id.livinglab.instansi.InstansiKind;
import id.livinglab.planning.NextSteps;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A group simulation: every member with its index now and after its plan, and the group's averages.
 * Members come in the order in which their plans move the group, the largest first; members without
 * a result last.
 *
 * @param kind for a group of one kind (named by the page from its bundle), else null
 * @param target the target asked for, null for each member's next predicate
 */
public record GroupPlan(
    String groupId,
    String nameId,
    String nameEn,
    InstansiKind kind,
    int year,
    String frameworkCode,
    String target,
    List<Member> members,
    GroupAverage average) {

  /** Where a member's figures come from. */
  public enum Status {
    /** No official result in the year: in no average. */
    NO_RESULT,
    /** A result, but no official indicator levels: held at its index. */
    HELD,
    /** Official levels: planned (see its steps; at the top or already at the target: no steps). */
    LEVELS
  }

  /**
   * @param now the official index (null without a result)
   * @param after the index after the member's plan (its index when it has none)
   * @param steps the plan, for members with levels
   */
  public record Member(
      String code,
      String name,
      Status status,
      BigDecimal now,
      Grade predicate,
      BigDecimal after,
      Grade predicateAfter,
      NextSteps steps) {}

  public GroupPlan {
    members = List.copyOf(members);
  }

  public String name(Locale locale) {
    return id.livinglab.support.LocalText.pick(locale, nameId, nameEn);
  }

  /** A member's share of the group's rise (null when the group is too small to show it). */
  public BigDecimal share(String code) {
    if (!average.shown()) {
      return null;
    }
    return average.contributions().stream()
        .filter(c -> c.code().equals(code))
        .map(GroupAverage.Contribution::share)
        .findFirst()
        .orElse(null);
  }
}
