package id.livinglab.benchmark;

import id.livinglab.framework.Grade;
import id.livinglab.instansi.InstansiKind;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One instansi's place in a year: its published figures and its ranks nationally, among its kind
 * and within its province (standard competition ranking).
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
    int rankProvince) {}
