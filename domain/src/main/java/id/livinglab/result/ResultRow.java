package id.livinglab.result;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A checked row of a results file, ready to store: values by node code, the index and predicate as
 * published (or computed by the year's rule where the file left them out).
 */
public record ResultRow(
    int line,
    int year,
    String instansiCode,
    Map<String, BigDecimal> nodeValues,
    BigDecimal index,
    String predicate) {}
