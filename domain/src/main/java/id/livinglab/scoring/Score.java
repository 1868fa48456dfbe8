package id.livinglab.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The exact outcome of scoring one level vector. Each domain and aspect is kept as its exact sum
 * Σ(level × weight) and weight, and divided only when asked, so that scoring many vectors for their
 * index costs one division each.
 *
 * @param index the exact index (never rounded here)
 * @param sums the exact weighted sum and weight of every domain and aspect, by node code
 * @param notAssessed indicators given level 0: counted as 0, the result is incomplete
 */
public record Score(BigDecimal index, Map<String, WeightedSum> sums, List<String> notAssessed) {

  /** Σ(level × weight) over the indicators under a node, and Σ weight. */
  public record WeightedSum(BigDecimal sum, BigDecimal weight) {

    /** The node's exact value: the weighted mean. */
    public BigDecimal mean() {
      return weight.signum() == 0 ? BigDecimal.ZERO : Rounding.divide(sum, weight);
    }
  }

  public boolean incomplete() {
    return !notAssessed.isEmpty();
  }

  /** The exact value of a domain or aspect; null for an unknown code. */
  public BigDecimal node(String code) {
    WeightedSum s = sums.get(code);
    return s == null ? null : s.mean();
  }
}
