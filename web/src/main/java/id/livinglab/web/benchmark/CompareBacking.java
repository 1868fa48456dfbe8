package id.livinglab.web.benchmark;

import id.livinglab.benchmark.CompareService;
import id.livinglab.benchmark.Comparison;
import id.livinglab.benchmark.StandingsCache;
import id.livinglab.web.common.ChartJson;
import id.livinglab.web.common.FacesMessages;
import id.livinglab.web.i18n.Languages;
import id.livinglab.web.i18n.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** {@code /benchmark/compare.xhtml?codes=32.11,32.05}: instansi side by side. */
@Named
@RequestScoped
public class CompareBacking {

  @EJB private CompareService compare;
  @EJB private StandingsCache standings;
  @Inject private LocaleBacking locale;

  private String codes;
  private Integer year;
  private Comparison comparison;

  public void load() {
    if (codes == null || codes.isBlank()) {
      return;
    }
    FacesMessages.attempt(
        () -> {
          comparison =
              compare.compare(
                  Arrays.stream(codes.split(","))
                      .map(String::trim)
                      .filter(s -> !s.isEmpty())
                      .toList(),
                  year);
        });
  }

  /** A column's heading in the page's language. */
  public String label(Comparison.Column column) {
    return switch (column.key()) {
      case "best-province" ->
          Languages.message(locale.getLocale(), "compare.ref.bestProvince", column.name());
      case "top10-kind" ->
          Languages.message(
              locale.getLocale(),
              "compare.ref.top10",
              Languages.message(locale.getLocale(), "instansi.kind." + column.name()));
      default -> column.name();
    };
  }

  /** The value of a node in a column minus the subject's, for the difference shown under it. */
  public BigDecimal difference(Comparison.Column column, String node) {
    BigDecimal own = comparison.subject().nodes().get(node);
    BigDecimal value = column.nodes().get(node);
    return own == null || value == null ? null : value.subtract(own);
  }

  /** The compared instansi, without the reference columns: the per-indicator table's columns. */
  public List<Comparison.Column> getCompared() {
    return comparison.columns().stream().filter(c -> !c.reference()).toList();
  }

  public String getBarChart() {
    return chart(ChartJson.bar());
  }

  public String getRadarChart() {
    return chart(ChartJson.radar());
  }

  private String chart(ChartJson chart) {
    List<String> labels =
        comparison.nodes().stream().map(n -> n.code() + " " + n.name(locale.getLocale())).toList();
    chart.labels(labels);
    for (Comparison.Column c : comparison.columns()) {
      if (c.shown()) {
        chart.series(
            label(c), comparison.nodes().stream().map(n -> c.nodes().get(n.code())).toList());
      }
    }
    return chart.scale(5).toJson();
  }

  public Comparison getComparison() {
    return comparison;
  }

  public String getCodes() {
    return codes;
  }

  public void setCodes(String codes) {
    this.codes = codes;
  }

  /** The years with published results, newest first, for the year choice. */
  public List<Integer> getYears() {
    return standings.years();
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }
}
