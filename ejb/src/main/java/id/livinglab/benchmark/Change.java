package id.livinglab.benchmark;

import java.math.BigDecimal;

/**
 * How a standing moved since the previous year of the same framework: the index and the national
 * rank. Years of different frameworks are never compared (their scales and indicators differ).
 *
 * @param previousYear the year compared with
 * @param index the change of index; null when the instansi had no result then ("baru")
 * @param rank places gained nationally (positive = up); null with {@code index}
 */
public record Change(int previousYear, BigDecimal index, Integer rank) {

  /** Whether this is the instansi's first result in the framework's years compared. */
  public boolean isNew() {
    return index == null;
  }

  /** +1, 0 or −1: the direction of the index. */
  public int direction() {
    return index == null ? 0 : index.signum();
  }
}
