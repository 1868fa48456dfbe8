package id.livinglab.benchmark;

import id.livinglab.framework.Grade;
import id.livinglab.instansi.InstansiKind;
import id.livinglab.result.Provenance;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One instansi's place in a year: its published figures and its ranks nationally, among its kind
 * and within its province (standard competition ranking), where the figures come from, and how they
 * moved since the previous year of the same framework.
 *
 * @param change null in the first year of a framework (nothing comparable before it)
 */
public record Standing(
    int year,
    String code,
    String name,
    InstansiKind kind,
    String provinceCode,
    String provinceName,
    BigDecimal index,
    Grade predicate,
    Map<String, BigDecimal> nodes,
    int rankNational,
    int rankKind,
    int rankProvince,
    Provenance provenance,
    Change change) {}
