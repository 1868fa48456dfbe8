package id.livinglab.framework;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Grades a value by a framework's predicate bands. Which value is graded (exact or rounded) is the
 * caller's choice, see {@link GradingBasis}; where a cut-point falls is the framework's {@link
 * BandBoundary}.
 */
public final class PredicateScale {

  private final List<PredicateBand> ascending;
  private final BandBoundary boundary;

  public PredicateScale(List<PredicateBand> bands, BandBoundary boundary) {
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("a predicate scale needs at least one band");
    }
    this.ascending =
        bands.stream().sorted(Comparator.comparing(PredicateBand::getLowerBound)).toList();
    this.boundary = boundary;
  }

  /** The band that holds {@code value}. */
  public PredicateBand grade(BigDecimal value) {
    PredicateBand found = ascending.get(0);
    for (PredicateBand band : ascending.subList(1, ascending.size())) {
      int cmp = value.compareTo(band.getLowerBound());
      boolean inOrAbove = boundary == BandBoundary.UPPER_OPENS ? cmp >= 0 : cmp > 0;
      if (!inOrAbove) {
        break;
      }
      found = band;
    }
    return found;
  }

  /** The next band above the one that holds {@code value}, if any. */
  public Optional<PredicateBand> next(BigDecimal value) {
    int at = ascending.indexOf(grade(value));
    return at + 1 < ascending.size() ? Optional.of(ascending.get(at + 1)) : Optional.empty();
  }

  public List<PredicateBand> bands() {
    return ascending;
  }
}
