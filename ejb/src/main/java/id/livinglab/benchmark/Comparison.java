package id.livinglab.benchmark;

import id.livinglab.framework.Grade;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Up to five instansi side by side with reference columns, for one year. The first instansi is the
 * subject: differences and gaps are measured from it.
 */
public record Comparison(
    int year,
    String frameworkCode,
    List<Node> nodes,
    List<Column> columns,
    List<Gap> gaps,
    Indicators indicators) {

  /** A top node of the year's framework (domain or, for Pemdi, aspect) with its weight. */
  public record Node(String code, String nameId, String nameEn, BigDecimal weight) {

    public String name(Locale locale) {
      return id.livinglab.support.LocalText.pick(locale, nameId, nameEn);
    }
  }

  /**
   * An instansi, or a reference such as "best in the province" ({@code best-province}) or "top 10%
   * of the kind" ({@code top10-kind}). A reference under 5 members is not shown.
   */
  public record Column(
      String key,
      String code,
      String name,
      boolean reference,
      int members,
      boolean shown,
      BigDecimal index,
      Grade predicate,
      Map<String, BigDecimal> nodes) {}

  /**
   * How far the subject is behind the best column on one node; {@code weighted} = gap × the node's
   * weight, the order in which closing gaps moves the index most.
   */
  public record Gap(
      String code,
      BigDecimal subject,
      BigDecimal best,
      String bestKey,
      BigDecimal gap,
      BigDecimal weighted) {}

  public Column subject() {
    return columns.get(0);
  }

  /**
   * The compared instansi per indicator, where their levels are official (a finalised assessment):
   * published results carry none. Rows with a gap of the subject come first, by gap × weight, then
   * the others in framework order.
   *
   * @param known for each compared instansi (not the references), whether its levels are known
   */
  public record Indicators(Map<String, Boolean> known, List<IndicatorRow> rows) {

    /** Whether any compared instansi has levels, so that the table says something. */
    public boolean any() {
      return known.containsValue(true);
    }
  }

  /**
   * One indicator: the level of each instansi whose levels are known, its difference to the
   * subject, and the subject's largest gap times the indicator's weight (null without a gap).
   */
  public record IndicatorRow(
      String code,
      String nameId,
      String nameEn,
      BigDecimal weight,
      Map<String, BigDecimal> values,
      Map<String, BigDecimal> differences,
      BigDecimal weighted) {

    public String name(Locale locale) {
      return id.livinglab.support.LocalText.pick(locale, nameId, nameEn);
    }
  }
}
