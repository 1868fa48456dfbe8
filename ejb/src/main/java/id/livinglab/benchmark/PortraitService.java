package id.livinglab.benchmark;

import id.livinglab.common.NotFoundException;
import id.livinglab.framework.EvaluationYear;
import id.livinglab.framework.FrameworkCatalogue;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.Grade;
import id.livinglab.framework.PredicateBand;
import id.livinglab.instansi.Instansi;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.result.NationalIndex;
import id.livinglab.scoring.Grading;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Portraits of instansi from official results. Published figures are shown as printed; only their
 * predicates, ranks and group averages are derived, by the year's rules.
 */
@Stateless
@PermitAll
public class PortraitService {

  @EJB private InstansiRegister register;
  @EJB private FrameworkCatalogue catalogue;
  @EJB private StandingsCache standings;

  /** The portrait of {@code code} in {@code year}, or in its latest year when year is null. */
  public Portrait portrait(String code, Integer year) {
    Instansi instansi = register.get(code);
    List<Standing> held = standings.history(code);
    List<Integer> years = held.stream().map(s -> s.year()).toList();
    Optional<Standing> shown =
        year == null
            ? held.stream().reduce((a, b) -> b)
            : held.stream().filter(s -> s.year() == year).findFirst();
    if (year != null && shown.isEmpty() && catalogue.findYear(year).isEmpty()) {
      throw new NotFoundException("error.year.notFound", year);
    }
    String province = instansi.getProvince() == null ? null : instansi.getProvince().getName();
    String provinceCode = instansi.getProvince() == null ? null : instansi.getProvince().getCode();
    List<Portrait.TrendPoint> trend = trend(held);
    if (shown.isEmpty()) {
      return new Portrait(
          instansi.getCode(),
          instansi.getName(),
          instansi.getKind(),
          provinceCode,
          province,
          year,
          null,
          null,
          null,
          false,
          List.of(),
          years,
          null,
          0,
          0,
          0,
          null,
          List.of(),
          trend,
          instansi);
    }
    Standing standing = shown.get();
    int shownYear = standing.year();
    EvaluationYear evaluation = catalogue.getYear(shownYear);
    FrameworkVersion framework = evaluation.getFramework();
    YearTable table = standings.of(shownYear).orElseThrow();
    return new Portrait(
        instansi.getCode(),
        instansi.getName(),
        instansi.getKind(),
        provinceCode,
        province,
        shownYear,
        framework.getCode(),
        standing.index(),
        standing.predicate(),
        true,
        nodeValues(evaluation, standing),
        years,
        standing,
        table.size(),
        table.countOfKind(standing.kind().name()),
        table.countInProvince(provinceCode),
        next(framework, standing.index()),
        references(table, standing),
        trend,
        instansi);
  }

  private static List<Portrait.NodeValue> nodeValues(EvaluationYear evaluation, Standing standing) {
    List<Portrait.NodeValue> nodes = new ArrayList<>();
    for (FrameworkNode node : evaluation.getFramework().getNodes()) {
      BigDecimal value = standing.nodes().get(node.getCode());
      if (value != null) {
        nodes.add(
            new Portrait.NodeValue(
                node.getCode(),
                node.getNameId(),
                node.getNameEn(),
                node.getKind(),
                value,
                Grade.of(
                    Grading.grade(
                        evaluation.getFramework(), evaluation.getGradingBasis(), value))));
      }
    }
    return nodes;
  }

  /** The next band up from a published index, and the distance to its cut-point. */
  static Portrait.NextPredicate next(FrameworkVersion framework, BigDecimal index) {
    Optional<PredicateBand> next = framework.predicateScale().next(index);
    return next.map(
            b ->
                new Portrait.NextPredicate(
                    Grade.of(b),
                    b.getLowerBound(),
                    b.getLowerBound().subtract(index).max(BigDecimal.ZERO)))
        .orElse(null);
  }

  private List<Portrait.Reference> references(YearTable table, Standing subject) {
    List<Portrait.Reference> refs = new ArrayList<>();
    GroupRef nation = GroupRef.national();
    refs.add(reference(nation, null, null, table.profile(nation.id(), s -> true)));
    if (subject.provinceCode() != null) {
      GroupRef province = GroupRef.province(subject.provinceCode());
      refs.add(
          reference(
              province,
              subject.provinceName(),
              subject.provinceName(),
              table.profile(province.id(), s -> subject.provinceCode().equals(s.provinceCode()))));
    }
    refs.add(
        reference(
            GroupRef.kind(subject.kind()),
            null,
            null,
            table.profile(GroupRef.kind(subject.kind()).id(), s -> s.kind() == subject.kind())));
    for (PeerGroup group : standings.groupsOf(subject.code())) {
      GroupRef peers = GroupRef.peerGroup(group.getCode());
      refs.add(
          reference(
              peers,
              group.getNameId(),
              group.getNameEn(),
              // The profile cache keys a peer group apart from a province or kind of the same word.
              table.profile(peers.referenceKey(), s -> group.getMembers().contains(s.code()))));
    }
    return refs;
  }

  private static Portrait.Reference reference(
      GroupRef group, String nameId, String nameEn, YearTable.GroupProfile profile) {
    Map<String, BigDecimal> nodes = new TreeMap<>();
    profile.nodes().forEach((code, stats) -> nodes.put(code, stats.shown() ? stats.mean() : null));
    return new Portrait.Reference(
        group.referenceKey(),
        nameId,
        nameEn,
        profile.index().count(),
        profile.shown(),
        profile.shown() ? profile.index().mean() : null,
        profile.shown() ? nodes : Map.of());
  }

  /** Every year of the national series, with the instansi's index where it has one. */
  private List<Portrait.TrendPoint> trend(List<Standing> held) {
    Map<Integer, Portrait.TrendPoint> points = new TreeMap<>();
    for (NationalIndex n : standings.nationalSeries()) {
      points.put(
          n.getYear(),
          new Portrait.TrendPoint(
              n.getYear(), n.getFrameworkCode(), null, n.getIndex(), null, null, null));
    }
    for (Standing s : held) {
      int y = s.year();
      Portrait.TrendPoint p = points.get(y);
      String framework = catalogue.getYear(y).getFramework().getCode();
      points.put(
          y,
          new Portrait.TrendPoint(
              y,
              framework,
              s.index(),
              p == null ? null : p.national(),
              s.predicate(),
              s.provenance(),
              s.change()));
    }
    return List.copyOf(points.values());
  }
}
