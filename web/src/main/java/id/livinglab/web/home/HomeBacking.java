package id.livinglab.web.home;

import id.livinglab.result.NationalIndex;
import id.livinglab.result.ResultService;
import id.livinglab.web.common.ChartJson;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code /index.xhtml}: the national index series as a chart and a table. */
@Named
@RequestScoped
public class HomeBacking {

  @EJB private ResultService results;

  private List<NationalIndex> series;

  public List<NationalIndex> getSeries() {
    if (series == null) {
      series = results.nationalSeries();
    }
    return series;
  }

  /** The domain means of a year as "D1 2,91 · D2 2,27 …" in the page's number format. */
  public String means(NationalIndex n, Locale locale) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return n.getDomainMeans().entrySet().stream()
        .map(e -> e.getKey() + " " + f.format(e.getValue()))
        .collect(Collectors.joining(" · "));
  }

  /** The national index per year on the 0–5 scale. */
  public String chart(String seriesLabel) {
    return ChartJson.line()
        .labels(getSeries().stream().map(n -> String.valueOf(n.getYear())).toList())
        .series(seriesLabel, getSeries().stream().map(NationalIndex::getIndex).toList())
        .scale(5)
        .toJson();
  }
}
