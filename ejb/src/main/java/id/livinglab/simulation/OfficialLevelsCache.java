package id.livinglab.simulation;

import id.livinglab.result.ResultsChanged;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official indicator levels of each year ({@link KnownLevels#official(int)}), read once and
 * kept until the year's results change. Portraits, comparisons and group simulations read them on
 * every view; they change only when an assessment is finalised, which fires {@link ResultsChanged},
 * as an import does. A portrait thus costs no statement more than before.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OfficialLevelsCache {

  @EJB private KnownLevels known;

  private final Map<Integer, Map<String, Map<String, BigDecimal>>> years =
      new ConcurrentHashMap<>();

  /** Every instansi's official levels in {@code year}, by instansi code. */
  public Map<String, Map<String, BigDecimal>> of(int year) {
    return years.computeIfAbsent(year, y -> Map.copyOf(known.official(y)));
  }

  /** One instansi's official levels in {@code year}, when its assessment is finalised. */
  public Optional<Map<String, BigDecimal>> of(int year, String instansiCode) {
    return Optional.ofNullable(of(year).get(instansiCode));
  }

  /**
   * Forgets a year once its new results are committed, not before (a view read in between would
   * keep the old levels). Public: an observer of a session bean must be a business method.
   */
  public void resultsChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ResultsChanged change) {
    years.remove(change.year());
  }
}
