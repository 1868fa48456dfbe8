package id.livinglab.benchmark;

import id.livinglab.framework.FrameworkCatalogue;
import id.livinglab.result.ResultService;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
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
public class Standings {

  @EJB private ResultService results;
  @EJB private FrameworkCatalogue catalogue;

  private final Map<Integer, YearTable> tables = new ConcurrentHashMap<>();
  private volatile List<Integer> years;

  /** The table of {@code year}, empty when the year is unknown or has no published result. */
  public Optional<YearTable> of(int year) {
    if (!years().contains(year)) {
      return Optional.empty();
    }
    return Optional.of(
        tables.computeIfAbsent(
            year, y -> new YearTable(catalogue.getYear(y), results.resultsOf(y))));
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

  /** Forgets everything about {@code year}: its results changed. */
  public void invalidate(int year) {
    tables.remove(year);
    years = null;
  }
}
