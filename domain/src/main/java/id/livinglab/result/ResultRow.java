package id.livinglab.result;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A checked row of a results file, ready to store: values by node code, the index and predicate as
 * published (or computed by the year's rule where the file left them out), and the official level
 * of each indicator where the file gives them (empty otherwise).
 */
public record ResultRow(
    int line,
    int year,
    String instansiCode,
    Map<String, BigDecimal> nodeValues,
    BigDecimal index,
    String predicate,
    Map<String, BigDecimal> levels) {

  public ResultRow {
    levels = Map.copyOf(levels);
  }

  /** A row of aggregated values only (domains, index, predicate). */
  public ResultRow(
      int line,
      int year,
      String instansiCode,
      Map<String, BigDecimal> nodeValues,
      BigDecimal index,
      String predicate) {
    this(line, year, instansiCode, nodeValues, index, predicate, Map.of());
  }
}
