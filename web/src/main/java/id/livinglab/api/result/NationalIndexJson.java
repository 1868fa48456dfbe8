package id.livinglab.api.result;

import java.math.BigDecimal;

/** The national index of one year. */
public record NationalIndexJson(
    int year,
    String framework,
    BigDecimal index,
    String predicate,
    Integer instansiCount,
    java.util.Map<String, BigDecimal> domainMeans) {}
