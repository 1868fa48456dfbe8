package id.livinglab.web.benchmark;

import id.livinglab.benchmark.PeerGroup;
import id.livinglab.benchmark.PeerGroups;
import id.livinglab.benchmark.Ranking;
import id.livinglab.benchmark.RankingFilter;
import id.livinglab.benchmark.RankingService;
import id.livinglab.benchmark.Standing;
import id.livinglab.common.BusinessException;
import id.livinglab.instansi.InstansiKind;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.instansi.Region;
import id.livinglab.web.common.ChartJson;
import id.livinglab.web.common.FacesMessages;
import id.livinglab.web.common.Provenances;
import id.livinglab.web.i18n.Languages;
import id.livinglab.web.i18n.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * {@code /benchmark/rankings.xhtml}: the ranking table with its filters, chart and exports.
 * Filters, sorting and paging are all in the address (GET), so a view is shareable, bookmarkable
 * and stateless: the page keeps nothing per visitor.
 */
@Named
@RequestScoped
public class RankingsBacking {

  static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);
  static final List<String> SORTS =
      List.of("rank", "name", "kind", "province", "index", "predicate");

  @EJB private RankingService rankings;
  @EJB private InstansiRegister register;
  @EJB private PeerGroups peerGroups;
  @Inject private LocaleBacking locale;

  private Integer year;
  private String kind;
  private String province;
  private String predicate;
  private String cohort;
  private Integer page;
  private Integer size;
  private String sort;
  private String dir;
  private Ranking ranking;
  private List<Standing> sorted = List.of();
  private List<Region> provinces;
  private List<PeerGroup> groups;

  public void load() {
    try {
      InstansiKind k = kind == null || kind.isBlank() ? null : InstansiKind.fromWord(kind);
      ranking = rankings.ranking(new RankingFilter(year, k, province, predicate, cohort));
      year = ranking.year();
      sorted = sort(ranking.rows());
    } catch (BusinessException e) {
      FacesMessages.error(e);
    } catch (IllegalArgumentException e) {
      FacesMessages.error("error.kind.unknown", kind);
    }
    provinces = register.provinces();
    groups = peerGroups.all();
  }

  private List<Standing> sort(List<Standing> rows) {
    String by = sort != null && SORTS.contains(sort) ? sort : "rank";
    Comparator<Standing> order =
        switch (by) {
          case "name" -> Comparator.comparing(Standing::name);
          case "kind" -> Comparator.comparing((Standing s) -> s.kind().name());
          case "province" ->
              Comparator.comparing(
                  (Standing s) -> s.provinceName() == null ? "" : s.provinceName());
          case "index", "predicate" -> Comparator.comparing(Standing::index);
          default -> Comparator.comparing(Standing::rankNational);
        };
    if ("desc".equals(dir)) {
      order = order.reversed();
    }
    return rows.stream().sorted(order.thenComparing(Standing::rankNational)).toList();
  }

  /** The rows of the current page. */
  public List<Standing> getPageRows() {
    int from = Math.min((getPage() - 1) * getSize(), sorted.size());
    return sorted.subList(from, Math.min(from + getSize(), sorted.size()));
  }

  public int getPage() {
    int last = getPages();
    return page == null || page < 1 ? 1 : Math.min(page, last);
  }

  public int getPages() {
    return Math.max(1, (sorted.size() + getSize() - 1) / getSize());
  }

  public int getSize() {
    return size != null && PAGE_SIZES.contains(size) ? size : PAGE_SIZES.get(0);
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

  /** The address of another page of the same view. */
  public String pageLink(int target) {
    return link(target, sort, dir);
  }

  /** The address sorted by {@code column}; a second click reverses the order. */
  public String sortLink(String column) {
    String nextDir = column.equals(sort) && !"desc".equals(dir) ? "desc" : "asc";
    return link(1, column, nextDir);
  }

  private String link(int target, String by, String order) {
    List<String> parts = new ArrayList<>();
    parts.add(getQuery());
    add(parts, "sort", by);
    add(parts, "dir", order);
    add(parts, "size", String.valueOf(getSize()));
    add(parts, "page", String.valueOf(target));
    return "?" + String.join("&", parts.stream().filter(p -> !p.isEmpty()).toList());
  }

  private static void add(List<String> parts, String name, String value) {
    if (value != null && !value.isBlank()) {
      parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  /** The change of a row since the previous year of the same framework ("▲ 0,37", "baru"). */
  public String change(Standing s) {
    return Provenances.change(s.change(), locale.getLocale());
  }

  /** The rank change of a row ("peringkat +5"), empty where there is none to show. */
  public String rankChange(Standing s) {
    return Provenances.rankChange(s.change(), locale.getLocale());
  }

  /** The CSS class of a change: up, down or neither. */
  public String changeClass(Standing s) {
    return Provenances.changeClass(s.change());
  }

  /** The sources of the rows shown, each with its reliability. */
  public List<String> getSources() {
    return ranking.sources().stream().map(p -> Provenances.source(p, locale.getLocale())).toList();
  }

  /** Whether any row shown comes from a third party (the page then says so plainly). */
  public boolean isThirdParty() {
    return ranking.sources().stream().anyMatch(p -> !p.reliability().official());
  }

  /** The year the changes are measured against, or null in a framework's first year. */
  public Integer getComparedWith() {
    return ranking.rows().stream()
        .map(Standing::change)
        .filter(Objects::nonNull)
        .map(c -> c.previousYear())
        .findFirst()
        .orElse(null);
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

  /** The page asked for in the address (the shown page is {@link #getPage()}, within range). */
  public Integer getPageParam() {
    return page;
  }

  public void setPageParam(Integer page) {
    this.page = page;
  }

  public Integer getSizeParam() {
    return size;
  }

  public void setSizeParam(Integer size) {
    this.size = size;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getDir() {
    return dir;
  }

  public void setDir(String dir) {
    this.dir = dir;
  }

  public String getCohort() {
    return cohort;
  }

  public void setCohort(String cohort) {
    this.cohort = cohort;
  }
}
