package id.livinglab.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The exact outcome of scoring one level vector.
 *
 * @param index the exact index (never rounded here)
 * @param nodes exact value of every domain and aspect, by node code
 * @param notAssessed indicators given level 0: counted as 0, the result is incomplete
 */
public record Score(BigDecimal index, Map<String, BigDecimal> nodes, List<String> notAssessed) {

  public boolean incomplete() {
    return !notAssessed.isEmpty();
  }

  public BigDecimal node(String code) {
    return nodes.get(code);
  }
}
