package id.livinglab.web.benchmark;

import id.livinglab.benchmark.PeerGroup;
import id.livinglab.benchmark.PeerGroups;
import id.livinglab.benchmark.Ranking;
import id.livinglab.benchmark.RankingFilter;
import id.livinglab.benchmark.RankingService;
import id.livinglab.common.BusinessException;
import id.livinglab.instansi.InstansiKind;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.instansi.Region;
import id.livinglab.web.common.ChartJson;
import id.livinglab.web.i18n.Languages;
import id.livinglab.web.i18n.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@code /benchmark/rankings.xhtml}: the ranking table with its filters, chart and exports. */
@Named
@ViewScoped
public class RankingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private RankingService rankings;
  @EJB private InstansiRegister register;
  @EJB private PeerGroups peerGroups;
  @Inject private LocaleBacking locale;

  private Integer year;
  private String kind;
  private String province;
  private String predicate;
  private String cohort;
  private Ranking ranking;
  private List<Region> provinces;
  private List<PeerGroup> groups;

  public void load() {
    try {
      InstansiKind k = kind == null || kind.isBlank() ? null : InstansiKind.fromWord(kind);
      ranking = rankings.ranking(new RankingFilter(year, k, province, predicate, cohort));
      year = ranking.year();
    } catch (BusinessException e) {
      error(e.messageKey(), e.arguments().toArray());
    } catch (IllegalArgumentException e) {
      error("error.kind.unknown", kind);
    }
    provinces = register.provinces();
    groups = peerGroups.all();
  }

  private void error(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR, Languages.message(locale.getLocale(), key, args), null));
  }

  /** The query string of the current filters, for the export links. */
  public String getQuery() {
    List<String> parts = new ArrayList<>();
    add(parts, "year", year == null ? null : year.toString());
    add(parts, "kind", kind);
    add(parts, "province", province);
    add(parts, "predicate", predicate);
    add(parts, "cohort", cohort);
    return String.join("&", parts);
  }

  private static void add(List<String> parts, String name, String value) {
    if (value != null && !value.isBlank()) {
      parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  /** How many instansi fall in each predicate, as a bar chart. */
  public String getPredicateChart() {
    List<String> labels = new ArrayList<>(ranking.predicates().keySet());
    List<BigDecimal> counts =
        labels.stream().map(p -> BigDecimal.valueOf(ranking.predicates().get(p))).toList();
    return ChartJson.bar()
        .labels(labels)
        .series(Languages.message(locale.getLocale(), "rankings.chart.series"), counts)
        .toJson();
  }

  public List<InstansiKind> getKinds() {
    return List.of(InstansiKind.values());
  }

  public Ranking getRanking() {
    return ranking;
  }

  public List<Region> getProvinces() {
    return provinces;
  }

  public List<PeerGroup> getGroups() {
    return groups;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    this.province = province;
  }

  public String getPredicate() {
    return predicate;
  }

  public void setPredicate(String predicate) {
    this.predicate = predicate;
  }

  public String getCohort() {
    return cohort;
  }

  public void setCohort(String cohort) {
    this.cohort = cohort;
  }
}
