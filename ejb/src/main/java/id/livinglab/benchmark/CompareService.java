package id.livinglab.benchmark;

import id.livinglab.common.InvalidInputException;
import id.livinglab.common.NotFoundException;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.Grade;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.simulation.OfficialLevelsCache;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Side-by-side comparison of instansi with references, from published results. Public. */
@Stateless
@PermitAll
public class CompareService {

  public static final int MAX_INSTANSI = 5;
  private static final BigDecimal TOP_SHARE = new BigDecimal("0.10");

  @EJB private StandingsCache standings;
  @EJB private InstansiRegister register;
  @EJB private OfficialLevelsCache official;

  public Comparison compare(List<String> codes, Integer year) {
    List<String> unique = new ArrayList<>(new LinkedHashSet<>(codes));
    if (unique.isEmpty() || unique.size() > MAX_INSTANSI) {
      throw new InvalidInputException("codes", "error.compare.count", MAX_INSTANSI);
    }
    List<Integer> years = standings.years();
    int y = year != null ? year : years.isEmpty() ? 0 : years.get(0);
    YearTable table =
        standings.of(y).orElseThrow(() -> new NotFoundException("error.results.noYear", y));
    List<Comparison.Column> columns = new ArrayList<>();
    for (String code : unique) {
      register.get(code);
      Standing s =
          table
              .find(code)
              .orElseThrow(
                  () -> new InvalidInputException("codes", "error.compare.noResult", code, y));
      columns.add(column(s.code(), s));
    }
    Standing subject = table.find(unique.get(0)).orElseThrow();
    bestInProvince(table, subject).ifPresent(columns::add);
    columns.add(topOfKind(table, subject));
    List<Comparison.Node> nodes =
        table.topNodes().stream()
            .map(n -> new Comparison.Node(n.getCode(), n.getNameId(), n.getNameEn(), n.getWeight()))
            .toList();
    return new Comparison(
        y,
        table.year().getFramework().getCode(),
        nodes,
        columns,
        gaps(table.topNodes(), columns),
        IndicatorComparison.of(table.year().getFramework(), unique, official.of(y)));
  }

  private static Comparison.Column column(String key, Standing s) {
    return new Comparison.Column(
        key, s.code(), s.name(), false, 1, true, s.index(), s.predicate(), s.nodes());
  }

  /** The best-ranked other instansi of the subject's province, if any. */
  private static Optional<Comparison.Column> bestInProvince(YearTable table, Standing subject) {
    if (subject.provinceCode() == null) {
      return Optional.empty();
    }
    return table.standings().stream()
        .filter(
            s ->
                subject.provinceCode().equals(s.provinceCode()) && !s.code().equals(subject.code()))
        .findFirst()
        .map(
            s ->
                new Comparison.Column(
                    "best-province",
                    s.code(),
                    s.name(),
                    true,
                    1,
                    true,
                    s.index(),
                    s.predicate(),
                    s.nodes()));
  }

  /** The mean of the best 10% of the subject's kind (at least one member). */
  private static Comparison.Column topOfKind(YearTable table, Standing subject) {
    List<Standing> kind =
        table.standings().stream().filter(s -> s.kind() == subject.kind()).toList();
    int top =
        Math.max(
            1,
            BigDecimal.valueOf(kind.size())
                .multiply(TOP_SHARE)
                .setScale(0, RoundingMode.CEILING)
                .intValue());
    List<Standing> best = kind.subList(0, Math.min(top, kind.size()));
    GroupStatistics index = GroupStatistics.of(best.stream().map(Standing::index).toList());
    Map<String, BigDecimal> nodes = new TreeMap<>();
    for (FrameworkNode node : table.topNodes()) {
      GroupStatistics s =
          GroupStatistics.of(
              best.stream()
                  .map(b -> b.nodes().get(node.getCode()))
                  .filter(v -> v != null)
                  .toList());
      nodes.put(node.getCode(), s.mean());
    }
    boolean shown = index.shown();
    return new Comparison.Column(
        "top10-kind",
        null,
        subject.kind().name(),
        true,
        best.size(),
        shown,
        shown ? index.mean() : null,
        (Grade) null,
        shown ? nodes : Map.of());
  }

  private static List<Comparison.Gap> gaps(
      List<FrameworkNode> nodes, List<Comparison.Column> columns) {
    Comparison.Column subject = columns.get(0);
    List<Comparison.Gap> gaps = new ArrayList<>();
    for (FrameworkNode node : nodes) {
      BigDecimal own = subject.nodes().get(node.getCode());
      Comparison.Column best = null;
      for (Comparison.Column c : columns.subList(1, columns.size())) {
        BigDecimal v = c.shown() ? c.nodes().get(node.getCode()) : null;
        if (v != null && (best == null || v.compareTo(best.nodes().get(node.getCode())) > 0)) {
          best = c;
        }
      }
      if (own != null && best != null && best.nodes().get(node.getCode()).compareTo(own) > 0) {
        BigDecimal gap = best.nodes().get(node.getCode()).subtract(own);
        gaps.add(
            new Comparison.Gap(
                node.getCode(),
                own,
                best.nodes().get(node.getCode()),
                best.key(),
                gap,
                gap.multiply(node.getWeight())));
      }
    }
    gaps.sort(Comparator.comparing(Comparison.Gap::weighted).reversed());
    return gaps;
  }
}
