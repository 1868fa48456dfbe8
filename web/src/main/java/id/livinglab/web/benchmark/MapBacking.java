package id.livinglab.web.benchmark;

import id.livinglab.web.i18n.Languages;
import id.livinglab.web.i18n.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.util.List;

/** {@code /benchmark/map.xhtml?level=province|regency&metric=index|predicate}: the map page. */
@Named
@RequestScoped
public class MapBacking {

  @Inject private LocaleBacking locale;
  @EJB private id.livinglab.benchmark.StandingsCache standings;

  private Integer from;

  public Integer getFrom() {
    return from;
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  private String level = "province";
  private String metric = "index";
  private Integer year;

  /** Unknown values fall back to the defaults: the page never fails on a hand-edited address. */
  public void load() {
    if (!"regency".equals(level)) {
      level = "province";
    }
    if (!"predicate".equals(metric) && !"change".equals(metric)) {
      metric = "index";
    }
  }

  /** The map script's strings, from the bundles, as JSON for a data attribute. */
  public String getText() {
    var l = locale.getLocale();
    return Json.createObjectBuilder()
        .add("attribution", Languages.message(l, "map.attribution"))
        .add("legend", Languages.message(l, "map.legend." + metric))
        .add("noResult", Languages.message(l, "map.noResult"))
        .add("index", Languages.message(l, "portrait.index"))
        .add("rank", Languages.message(l, "rankings.column.rank"))
        .add("failed", Languages.message(l, "map.failed"))
        .add("change", Languages.message(l, "change.column"))
        .add("since", Languages.message(l, "map.since"))
        .add("noChange", Languages.message(l, "map.noChange"))
        .build()
        .toString();
  }

  /** Years with published results, newest first, for the year choices. */
  public List<Integer> getYears() {
    return standings.years();
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getMetric() {
    return metric;
  }

  public void setMetric(String metric) {
    this.metric = metric;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }
}
