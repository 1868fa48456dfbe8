package id.livinglab.scoring;

import id.livinglab.framework.Grade;
import java.math.BigDecimal;
import java.util.List;

/**
 * A scored level vector as shown to people: the exact index, its display value, the predicate by
 * the year's rule, and every domain and aspect.
 *
 * @param year null when no year was given: then the exact index is graded
 */
public record ScoreReport(
    String framework,
    Integer year,
    BigDecimal indexExact,
    BigDecimal index,
    Grade predicate,
    boolean incomplete,
    List<String> notAssessed,
    List<NodeScore> domains,
    List<NodeScore> aspects) {

  /** One domain or aspect. */
  public record NodeScore(
      String code,
      String nameId,
      String nameEn,
      BigDecimal exact,
      BigDecimal value,
      Grade predicate) {}
}
