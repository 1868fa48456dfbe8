package id.livinglab.api.benchmark;

import id.livinglab.benchmark.Change;
import java.math.BigDecimal;

/**
 * The change since the previous year of the same framework: {@code isNew} for a first result there
 * (index and rank then null).
 */
public record ChangeJson(int previousYear, BigDecimal index, Integer rank, boolean isNew) {

  public static ChangeJson of(Change c) {
    return c == null ? null : new ChangeJson(c.previousYear(), c.index(), c.rank(), c.isNew());
  }
}
