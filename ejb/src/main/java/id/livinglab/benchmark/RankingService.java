package id.livinglab.benchmark;

import id.livinglab.common.InvalidInputException;
import id.livinglab.common.NotFoundException;
import id.livinglab.framework.PredicateBand;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Rankings of published results, filtered by kind, province, predicate or peer group. Public. */
@Stateless
@PermitAll
public class RankingService {

  @EJB private StandingsCache standings;

  public Ranking ranking(RankingFilter filter) {
    List<Integer> years = standings.years();
    if (years.isEmpty()) {
      throw new NotFoundException("error.results.none");
    }
    int year = filter.year() == null ? years.get(0) : filter.year();
    YearTable table =
        standings.of(year).orElseThrow(() -> new NotFoundException("error.results.noYear", year));
    Predicate<Standing> keep = s -> true;
    if (filter.kind() != null) {
      keep = keep.and(s -> s.kind() == filter.kind());
    }
    if (filter.provinceCode() != null && !filter.provinceCode().isBlank()) {
      keep = keep.and(s -> filter.provinceCode().equals(s.provinceCode()));
    }
    if (filter.predicate() != null && !filter.predicate().isBlank()) {
      keep = keep.and(s -> s.predicate().nameId().equalsIgnoreCase(filter.predicate()));
    }
    if (filter.group() != null && !filter.group().isBlank()) {
      PeerGroup group =
          standings
              .group(filter.group())
              .orElseThrow(
                  () -> new InvalidInputException("group", "error.group.unknown", filter.group()));
      keep = keep.and(s -> group.getMembers().contains(s.code()));
    }
    List<Standing> rows = table.standings().stream().filter(keep).toList();
    Map<String, Integer> predicates = new LinkedHashMap<>();
    for (PredicateBand band : table.year().getFramework().getBands()) {
      predicates.put(band.getNameId(), 0);
    }
    rows.forEach(s -> predicates.merge(s.predicate().nameId(), 1, Integer::sum));
    return new Ranking(
        year,
        table.year().getFramework().getCode(),
        rows,
        predicates,
        GroupStatistics.of(rows.stream().map(Standing::index).toList()),
        years);
  }
}
