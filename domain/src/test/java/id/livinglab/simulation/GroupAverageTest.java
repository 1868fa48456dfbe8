package id.livinglab.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Group averages now and after the members' plans, by hand. */
class GroupAverageTest {

  private static GroupAverage.Member member(String code, String now, String after) {
    return new GroupAverage.Member(
        code,
        now == null ? null : new BigDecimal(now),
        after == null ? null : new BigDecimal(after));
  }

  private static void assertValue(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " vs " + actual);
  }

  @Test
  void eachMemberAddsItsRiseOverTheMembersWithResults() {
    GroupAverage g =
        GroupAverage.of(
            List.of(
                member("a", "4.00", "4.21"),
                member("b", "3.00", "3.50"),
                member("c", "2.00", "2.60"),
                member("d", "2.55", "2.60"),
                member("e", "5.00", null),
                member("f", null, null)));

    assertEquals(5, g.count());
    assertTrue(g.shown());
    assertValue("3.31", g.now()); // 16.55 / 5
    assertValue("3.582", g.after()); // 17.91 / 5
    assertValue("0.272", g.rise());
    assertEquals(
        List.of("c", "b", "a", "d", "e"),
        g.contributions().stream().map(GroupAverage.Contribution::code).toList());
    assertValue("0.12", g.contributions().get(0).share()); // 0.60 / 5
    assertValue("0.6", g.contributions().get(0).rise());
    assertValue("0", g.contributions().get(4).share()); // held at its index
    assertValue(
        "0.272",
        g.contributions().stream()
            .map(GroupAverage.Contribution::share)
            .reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  @Test
  void underFiveMembersWithResultsTheGroupIsNotShown() {
    GroupAverage g =
        GroupAverage.of(
            List.of(
                member("a", "4.00", "4.21"),
                member("b", "3.00", "3.50"),
                member("c", "2.00", "2.60"),
                member("d", "2.55", "2.60"),
                member("e", null, null)));

    assertEquals(4, g.count());
    assertFalse(g.shown());
  }

  @Test
  void aGroupWithoutResultsHasNoAverage() {
    GroupAverage g = GroupAverage.of(List.of(member("a", null, null)));

    assertEquals(0, g.count());
    assertNull(g.now());
    assertNull(g.rise());
    assertEquals(List.of(), g.contributions());
  }
}
