package id.livinglab.benchmark;

import id.livinglab.framework.Grade;
import id.livinglab.framework.NodeKind;
import id.livinglab.instansi.Instansi;
import id.livinglab.instansi.InstansiKind;
import id.livinglab.result.Provenance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an instansi's portrait shows for one year: who it is, its index and predicate, each domain
 * and aspect, its ranks, the distance to the next predicate, the averages it is compared with, and
 * its trend against the national index.
 *
 * @param year the year shown; null when the instansi has no result at all
 * @param official true for a published result; a value from an assessment is a simulation
 * @param instansi the body itself (a historic one says what became of it)
 */
public record Portrait(
    String code,
    String name,
    InstansiKind kind,
    String provinceCode,
    String provinceName,
    Integer year,
    String frameworkCode,
    BigDecimal index,
    Grade predicate,
    boolean official,
    List<NodeValue> nodes,
    List<Integer> years,
    Standing standing,
    int nationalCount,
    int kindCount,
    int provinceCount,
    NextPredicate next,
    List<Reference> references,
    List<TrendPoint> trend,
    Instansi instansi) {

  /** The value of one domain or aspect with its predicate. */
  public record NodeValue(
      String code, String nameId, String nameEn, NodeKind kind, BigDecimal value, Grade predicate) {

    public String name(Locale locale) {
      return id.livinglab.support.LocalText.pick(locale, nameId, nameEn);
    }
  }

  /** The next predicate up and how far the index is from it. */
  public record NextPredicate(Grade predicate, BigDecimal from, BigDecimal distance) {}

  /**
   * A group the instansi is compared with: its average index and node values, shown only when the
   * group has at least 5 members with results (see {@code GroupStatistics}).
   *
   * @param key {@code national}, {@code province}, {@code kind} or {@code group:<code>}
   * @param nameId the province's or group's name (null for national and kind): pages word the label
   *     from their bundles
   */
  public record Reference(
      String key,
      String nameId,
      String nameEn,
      int count,
      boolean shown,
      BigDecimal index,
      Map<String, BigDecimal> nodes) {

    public String name(Locale locale) {
      return id.livinglab.support.LocalText.pick(locale, nameId, nameEn);
    }
  }

  /**
   * One year of the trend: the instansi's index (if held) with its source and rank change, and the
   * national index. A change of {@code frameworkCode} between two points is a break: the values
   * before and after are on different scales and are never joined or compared.
   */
  public record TrendPoint(
      int year,
      String frameworkCode,
      BigDecimal index,
      BigDecimal national,
      Grade predicate,
      Provenance provenance,
      Change change) {}

  public boolean hasResult() {
    return index != null;
  }
}
