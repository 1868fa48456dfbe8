package id.livinglab.benchmark;

import id.livinglab.common.NotFoundException;
import id.livinglab.framework.FrameworkCatalogue;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.result.Provenance;
import id.livinglab.simulation.OfficialLevelsCache;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An instansi over the years: every published result with its source, and the official indicator
 * levels of a year where they are held. Published data is public.
 */
@Stateless
@PermitAll
public class HistoryService {

  @EJB private InstansiRegister register;
  @EJB private StandingsCache standings;
  @EJB private OfficialLevelsCache official;
  @EJB private FrameworkCatalogue catalogue;

  /** The official levels of one year, where they come from, on which framework. */
  public record YearLevels(
      int year, String frameworkCode, Map<String, BigDecimal> levels, Provenance provenance) {}

  /** Indicators 1, 2, … 10 in their order, levels without trailing zeros (3, not 3.00). */
  private static Map<String, BigDecimal> byIndicatorNumber(Map<String, BigDecimal> levels) {
    Map<String, BigDecimal> out =
        new TreeMap<>(
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
    levels.forEach((k, v) -> out.put(k, v.stripTrailingZeros()));
    return out;
  }

  /** Every result of {@code code}, oldest first (404 for an unknown instansi). */
  public List<Standing> history(String code) {
    register.get(code);
    return standings.history(code);
  }

  /**
   * The official indicator levels of {@code code} in {@code year}: 404 for an unknown instansi or
   * year, or when none are held (the sources give levels for 2021–2022; the platform for every
   * assessment it finalises).
   */
  public YearLevels levels(String code, int year) {
    register.get(code);
    if (catalogue.findYear(year).isEmpty()) {
      throw new NotFoundException("error.year.notFound", year);
    }
    Map<String, BigDecimal> levels =
        official
            .of(year, code)
            .orElseThrow(() -> new NotFoundException("error.levels.none", code, year));
    Provenance provenance =
        standings.of(year).flatMap(t -> t.find(code)).map(Standing::provenance).orElse(null);
    return new YearLevels(
        year,
        catalogue.getYear(year).getFramework().getCode(),
        byIndicatorNumber(levels),
        provenance);
  }
}
