package id.livinglab.simulation;

import id.livinglab.benchmark.GroupStatistics;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A group's average index now and after its members' plans, and what each member's plan adds to it.
 * A member's contribution is its own rise divided by the members with a result ({@code Δ / n}): the
 * contributions sum to the rise of the average. Members without a result in the year count in
 * neither average. The averages and contributions are shown only from {@link
 * GroupStatistics#MIN_MEMBERS} members with results, like every group average.
 *
 * @param count members with a result
 * @param now the average index now (null without members with results)
 * @param after the average if every plan is carried out
 * @param contributions every member with a result, the one that moves the group most first
 */
public record GroupAverage(
    int count, BigDecimal now, BigDecimal after, List<Contribution> contributions) {

  /**
   * A member's index now (null: no result in the year) and after its plan (its index now when it
   * has no plan).
   */
  public record Member(String code, BigDecimal now, BigDecimal after) {}

  /**
   * @param rise the member's own rise, after − now
   * @param share what that adds to the group average: rise / count
   */
  public record Contribution(String code, BigDecimal rise, BigDecimal share) {}

  public GroupAverage {
    contributions = List.copyOf(contributions);
  }

  public static GroupAverage of(List<Member> members) {
    List<Member> counted = members.stream().filter(m -> m.now() != null).toList();
    int n = counted.size();
    if (n == 0) {
      return new GroupAverage(0, null, null, List.of());
    }
    BigDecimal count = BigDecimal.valueOf(n);
    List<Contribution> contributions = new ArrayList<>();
    BigDecimal sumNow = BigDecimal.ZERO;
    BigDecimal sumAfter = BigDecimal.ZERO;
    for (Member m : counted) {
      BigDecimal after = Objects.requireNonNullElse(m.after(), m.now());
      BigDecimal rise = after.subtract(m.now());
      sumNow = sumNow.add(m.now());
      sumAfter = sumAfter.add(after);
      contributions.add(
          new Contribution(m.code(), rise, rise.divide(count, MathContext.DECIMAL64)));
    }
    contributions.sort(
        Comparator.comparing(Contribution::rise, Comparator.reverseOrder())
            .thenComparing(Contribution::code));
    return new GroupAverage(
        n,
        sumNow.divide(count, MathContext.DECIMAL64),
        sumAfter.divide(count, MathContext.DECIMAL64),
        contributions);
  }

  /** Whether the group is large enough for its averages and contributions to be shown. */
  public boolean shown() {
    return count >= GroupStatistics.MIN_MEMBERS;
  }

  /** How far the average rises if every plan is carried out (null without members). */
  public BigDecimal rise() {
    return now == null ? null : after.subtract(now);
  }
}
