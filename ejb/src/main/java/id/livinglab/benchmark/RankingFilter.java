package id.livinglab.benchmark;

import id.livinglab.instansi.InstansiKind;

/**
 * Which standings a ranking shows. Every criterion is optional but the year (null: the latest year
 * with results).
 *
 * @param predicate a predicate name as published (e.g. "Sangat Baik")
 * @param group a peer group code (e.g. the Living Lab cohort)
 */
public record RankingFilter(
    Integer year, InstansiKind kind, String provinceCode, String predicate, String group) {

  public static RankingFilter ofYear(Integer year) {
    return new RankingFilter(year, null, null, null, null);
  }
}
