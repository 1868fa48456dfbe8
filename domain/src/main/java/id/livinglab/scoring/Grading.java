package id.livinglab.scoring;

import id.livinglab.framework.GradingBasis;
import id.livinglab.framework.PredicateBand;
import id.livinglab.framework.PredicateScale;
import java.math.BigDecimal;

/** Grades an exact value the way a year says: on the exact value or on the displayed one. */
public final class Grading {

  private Grading() {}

  public static PredicateBand grade(PredicateScale scale, GradingBasis basis, BigDecimal exact) {
    BigDecimal graded = basis == GradingBasis.ROUNDED ? Rounding.display(exact) : exact;
    return scale.grade(graded);
  }
}
