package id.livinglab.benchmark;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Standard competition ranking ("1224"): the highest value is 1, equal values share a rank, and the
 * next value's rank counts everyone above it. This is how officials read "peringkat": two regions
 * at 4.14 are both 3rd and the next is 5th.
 */
public final class Ranks {

  private Ranks() {}

  /** The rank of each item by {@code value}, highest first. */
  public static <T> Map<T, Integer> competition(List<T> items, Function<T, BigDecimal> value) {
    List<T> sorted =
        items.stream().sorted(Comparator.comparing(value, Comparator.reverseOrder())).toList();
    Map<T, Integer> ranks = new IdentityHashMap<>();
    BigDecimal previous = null;
    int rank = 0;
    for (int i = 0; i < sorted.size(); i++) {
      BigDecimal v = value.apply(sorted.get(i));
      if (previous == null || v.compareTo(previous) != 0) {
        rank = i + 1;
        previous = v;
      }
      ranks.put(sorted.get(i), rank);
    }
    return ranks;
  }
}
