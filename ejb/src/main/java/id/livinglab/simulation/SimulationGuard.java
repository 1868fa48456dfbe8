package id.livinglab.simulation;

import id.livinglab.assessment.AssessmentLookup;
import id.livinglab.common.NotFoundException;
import id.livinglab.framework.FrameworkCatalogue;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.security.Caller;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Comparator;

/**
 * The checks every simulation service makes first: who calls, whether they may simulate the
 * instansi (403 with the same words whether or not it exists), and the year's framework.
 */
@Stateless
public class SimulationGuard {

  /** Indicator codes in their natural order: "2" before "10" (codes are numbers on every scale). */
  public static final Comparator<String> INDICATOR_ORDER =
      Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

  @EJB private AssessmentLookup lookup;
  @EJB private InstansiRegister register;
  @EJB private FrameworkCatalogue catalogue;

  /** The caller, allowed to simulate {@code instansiCode}. */
  public Caller require(String instansiCode) {
    Caller caller = lookup.caller();
    AssessmentLookup.allow(
        instansiCode != null
            && SimulationAccess.mayUse(caller, instansiCode)
            && register.find(instansiCode).isPresent(),
        instansiCode);
    return caller;
  }

  /** The caller, allowed to turn steps into tasks of {@code instansiCode}'s action plan. */
  public Caller requirePlanner(String instansiCode) {
    Caller caller = require(instansiCode);
    AssessmentLookup.allow(SimulationAccess.mayPlan(caller, instansiCode), instansiCode);
    return caller;
  }

  /** The framework {@code year} is scored on, or 404 for a year the catalogue does not hold. */
  public FrameworkVersion framework(int year) {
    return catalogue
        .findYear(year)
        .orElseThrow(() -> new NotFoundException("error.year.notFound", year))
        .getFramework();
  }
}
