package id.livinglab.api.result;

import java.math.BigDecimal;
import java.util.Map;

/** The national index of one year. */
public record NationalIndexJson(
    int year,
    String framework,
    BigDecimal index,
    String predicate,
    Integer instansiCount,
    Map<String, BigDecimal> domainMeans) {}
