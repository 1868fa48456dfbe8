package id.livinglab.benchmark;

import id.livinglab.framework.EvaluationYear;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.Grade;
import id.livinglab.instansi.Instansi;
import id.livinglab.result.Provenance;
import id.livinglab.result.PublishedResult;
import id.livinglab.scoring.Grading;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every published result of one year with its ranks, built once from one query and kept until the
 * year's results change: portraits, rankings and comparisons read it without touching the database
 * again, so their cost does not grow with the rows they show.
 */
public final class YearTable {

  private final EvaluationYear year;
  private final List<Standing> standings;
  private final Map<String, Standing> byCode;
  private final Map<String, Integer> kindCounts;
  private final Map<String, Integer> provinceCounts;

  /**
   * @param previous the table of the previous year of the same framework, if any: each standing's
   *     change is read from it
   */
  YearTable(EvaluationYear year, List<PublishedResult> results, Optional<YearTable> previous) {
    this.year = year;
    Map<PublishedResult, Integer> national = Ranks.competition(results, PublishedResult::getIndex);
    Map<PublishedResult, Integer> kind = rankWithin(results, r -> r.getInstansi().getKind().name());
    Map<PublishedResult, Integer> province = rankWithin(results, YearTable::provinceOf);
    this.standings =
        results.stream()
            .map(r -> standing(r, national.get(r), kind.get(r), province.get(r), previous))
            .sorted(
                Comparator.comparing(Standing::index, Comparator.reverseOrder())
                    .thenComparing(Standing::name))
            .toList();
    Map<String, Standing> codes = new LinkedHashMap<>();
    standings.forEach(s -> codes.put(s.code(), s));
    this.byCode = codes;
    this.kindCounts =
        standings.stream()
            .collect(Collectors.groupingBy(s -> s.kind().name(), Collectors.summingInt(s -> 1)));
    this.provinceCounts =
        standings.stream()
            .filter(s -> s.provinceCode() != null)
            .collect(Collectors.groupingBy(Standing::provinceCode, Collectors.summingInt(s -> 1)));
  }

  private static String provinceOf(PublishedResult r) {
    Instansi i = r.getInstansi();
    return i.getProvince() == null ? null : i.getProvince().getCode();
  }

  private static Map<PublishedResult, Integer> rankWithin(
      List<PublishedResult> results, Function<PublishedResult, String> group) {
    Map<PublishedResult, Integer> ranks = new IdentityHashMap<>();
    results.stream()
        .filter(r -> group.apply(r) != null)
        .collect(Collectors.groupingBy(group))
        .values()
        .forEach(members -> ranks.putAll(Ranks.competition(members, PublishedResult::getIndex)));
    return ranks;
  }

  private Standing standing(
      PublishedResult r, int national, int kind, Integer province, Optional<YearTable> previous) {
    Instansi i = r.getInstansi();
    Grade predicate =
        year.getFramework().getBands().stream()
            .filter(b -> b.getNameId().equalsIgnoreCase(r.getPredicate()))
            .findFirst()
            .map(Grade::of)
            .orElseGet(
                () ->
                    Grade.of(
                        Grading.grade(year.getFramework(), year.getGradingBasis(), r.getIndex())));
    return new Standing(
        year.getYear(),
        i.getCode(),
        i.getName(),
        i.getKind(),
        i.getProvince() == null ? null : i.getProvince().getCode(),
        i.getProvince() == null ? null : i.getProvince().getName(),
        r.getIndex(),
        predicate,
        Map.copyOf(r.getNodeValues()),
        national,
        kind,
        province == null ? 0 : province,
        Provenance.of(r),
        previous.map(p -> change(p, i.getCode(), r.getIndex(), national)).orElse(null));
  }

  private static Change change(YearTable previous, String code, BigDecimal index, int rank) {
    int year = previous.year().getYear();
    return previous
        .find(code)
        .map(
            before ->
                new Change(year, index.subtract(before.index()), before.rankNational() - rank))
        .orElseGet(() -> new Change(year, null, null));
  }

  public EvaluationYear year() {
    return year;
  }

  /** Every standing, best first. */
  public List<Standing> standings() {
    return standings;
  }

  public Optional<Standing> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public int size() {
    return standings.size();
  }

  public int countOfKind(String kind) {
    return kindCounts.getOrDefault(kind, 0);
  }

  public int countInProvince(String provinceCode) {
    return provinceCode == null ? 0 : provinceCounts.getOrDefault(provinceCode, 0);
  }

  /** The top nodes of the year's framework (D1–D4; A1–A7 for Pemdi), whose values are printed. */
  public List<FrameworkNode> topNodes() {
    return year.getFramework().getNodes().stream().filter(n -> n.getParentCode() == null).toList();
  }

  private final Map<String, GroupProfile> profiles = new ConcurrentHashMap<>();

  /**
   * The profile of a named group, computed once per table: the same national, province and kind
   * averages appear on every portrait.
   */
  public GroupProfile profile(String key, Predicate<Standing> members) {
    return profiles.computeIfAbsent(key, k -> profile(members));
  }

  /** Statistics of the index and of each top node over the members of a group. */
  public GroupProfile profile(Predicate<Standing> members) {
    List<Standing> in = standings.stream().filter(members).toList();
    Map<String, GroupStatistics> nodes = new LinkedHashMap<>();
    for (FrameworkNode node : topNodes()) {
      nodes.put(
          node.getCode(),
          GroupStatistics.of(
              in.stream()
                  .map(s -> s.nodes().get(node.getCode()))
                  .filter(Objects::nonNull)
                  .toList()));
    }
    return new GroupProfile(GroupStatistics.of(in.stream().map(Standing::index).toList()), nodes);
  }

  /** A group's statistics: of the index and per top node. */
  public record GroupProfile(GroupStatistics index, Map<String, GroupStatistics> nodes) {
    public boolean shown() {
      return index.shown();
    }
  }
}
