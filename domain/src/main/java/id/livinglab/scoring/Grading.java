package id.livinglab.scoring;

import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.GradingBasis;
import id.livinglab.framework.PredicateBand;
import java.math.BigDecimal;

/**
 * Grades an exact value the way a year says: on the exact value, or on the value as displayed by
 * the framework's rounding rule.
 */
public final class Grading {

  private Grading() {}

  public static PredicateBand grade(
      FrameworkVersion framework, GradingBasis basis, BigDecimal exact) {
    BigDecimal graded =
        basis == GradingBasis.ROUNDED ? framework.roundingRule().apply(exact) : exact;
    return framework.predicateScale().grade(graded);
  }
}
