package id.livinglab.benchmark;

import id.livinglab.framework.EvaluationYear;
import id.livinglab.framework.FrameworkCatalogue;
import id.livinglab.result.NationalIndex;
import id.livinglab.result.ResultService;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The year tables, built on first use and dropped when a year's results are imported. Published
 * results change a few times a year; they are read on every dashboard.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StandingsCache {

  @EJB private ResultService results;
  @EJB private FrameworkCatalogue catalogue;
  @EJB private PeerGroups peerGroups;

  private final Map<Integer, YearTable> tables = new ConcurrentHashMap<>();
  private volatile List<Integer> years;
  private volatile List<NationalIndex> nationalSeries;
  private volatile List<PeerGroup> groups;

  /** The table of {@code year}, empty when the year is unknown or has no published result. */
  public Optional<YearTable> of(int year) {
    if (!years().contains(year)) {
      return Optional.empty();
    }
    YearTable table = tables.get(year);
    if (table == null) {
      // Not computeIfAbsent: building a year reads the previous year's table from the same map.
      table = build(year);
      YearTable raced = tables.putIfAbsent(year, table);
      table = raced == null ? table : raced;
    }
    return Optional.of(table);
  }

  private YearTable build(int year) {
    EvaluationYear evaluation = catalogue.getYear(year);
    return new YearTable(evaluation, results.resultsOf(year), previous(evaluation));
  }

  /** The table of the latest earlier year with results on the same framework. */
  private Optional<YearTable> previous(EvaluationYear evaluation) {
    String framework = evaluation.getFramework().getCode();
    return years().stream()
        .filter(y -> y < evaluation.getYear())
        .filter(y -> catalogue.getYear(y).getFramework().getCode().equals(framework))
        .findFirst()
        .flatMap(this::of);
  }

  /** An instansi's standings in every year with results, oldest first. */
  public List<Standing> history(String code) {
    List<Standing> held = new ArrayList<>();
    List<Integer> newestFirst = years();
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      of(newestFirst.get(i)).flatMap(t -> t.find(code)).ifPresent(held::add);
    }
    return held;
  }

  /** The national index series (changes only with a release of the shipped data). */
  public List<NationalIndex> nationalSeries() {
    List<NationalIndex> n = nationalSeries;
    if (n == null) {
      n = List.copyOf(results.nationalSeries());
      nationalSeries = n;
    }
    return n;
  }

  /** The named peer groups {@code code} belongs to. */
  public List<PeerGroup> groupsOf(String code) {
    return groups().stream().filter(group -> group.getMembers().contains(code)).toList();
  }

  /** A named peer group by its code. */
  public Optional<PeerGroup> group(String code) {
    return groups().stream().filter(group -> group.getCode().equals(code)).findFirst();
  }

  private List<PeerGroup> groups() {
    List<PeerGroup> g = groups;
    if (g == null) {
      g = List.copyOf(peerGroups.all());
      groups = g;
    }
    return g;
  }

  /** Forgets the peer groups: one was defined or changed. */
  public void groupsChanged() {
    groups = null;
  }

  /** Years with published results, newest first. */
  public List<Integer> years() {
    List<Integer> y = years;
    if (y == null) {
      y = results.yearsWithResults();
      years = y;
    }
    return y;
  }

  /**
   * Forgets {@code year} and every later year: its results changed, and a later year's changes are
   * read from it.
   */
  public void invalidate(int year) {
    tables.keySet().removeIf(y -> y >= year);
    years = null;
  }
}
