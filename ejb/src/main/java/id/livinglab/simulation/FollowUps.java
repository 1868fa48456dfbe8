package id.livinglab.simulation;

import id.livinglab.framework.FrameworkCatalogue;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The official result an action plan is followed up against: the next one after the plan's year on
 * the same framework. A later result on another framework only says the indicators cannot be
 * compared, and only while no later result on this framework exists (one may still arrive late).
 * Reads the cached official levels, so a plan page runs no statement per later year.
 */
@Stateless
@PermitAll
public class FollowUps {

  @EJB private OfficialLevelsCache official;
  @EJB private FrameworkCatalogue catalogue;

  /**
   * @param year the year of the result found, or of the first result on another framework; null
   *     when there is none yet
   * @param levels that result's official levels; null unless on the plan's framework
   */
  public record FollowUp(Integer year, Map<String, BigDecimal> levels, boolean otherFramework) {

    /** The indicator's level in the result, when there is one on the plan's framework. */
    Optional<BigDecimal> level(String indicator) {
      return levels == null ? Optional.empty() : Optional.ofNullable(levels.get(indicator));
    }
  }

  public FollowUp after(int year, String code, String frameworkCode) {
    Integer otherYear = null;
    for (int y = year + 1; catalogue.findYear(y).isPresent(); y++) {
      Optional<Map<String, BigDecimal>> levels = official.of(y, code);
      if (levels.isPresent()) {
        if (catalogue.getYear(y).getFramework().getCode().equals(frameworkCode)) {
          return new FollowUp(y, levels.get(), false);
        }
        otherYear = otherYear == null ? y : otherYear;
      }
    }
    return new FollowUp(otherYear, null, otherYear != null);
  }
}
