package id.livinglab.simulation;

import id.livinglab.security.Caller;
import id.livinglab.security.Role;

/**
 * Who may simulate an instansi and see its scenarios and action plan: its own people (any role the
 * directory gives them) and the administrator. A scenario is seen by its author, by every colleague
 * once shared, and by the administrator; only its author changes it or its sharing, since a
 * colleague's what-if is theirs to keep.
 */
public final class SimulationAccess {

  private SimulationAccess() {}

  public static boolean mayUse(Caller caller, String instansiCode) {
    return caller.has(Role.ADMIN)
        || (instansiCode.equals(caller.instansiCode()) && !caller.roles().isEmpty());
  }

  public static boolean maySee(Caller caller, Scenario scenario) {
    return mayUse(caller, scenario.getInstansiCode())
        && (scenario.getVisibility() == Visibility.SHARED
            || scenario.getCreatedBy().equals(caller.username())
            || caller.has(Role.ADMIN));
  }

  public static boolean mayChange(Caller caller, Scenario scenario) {
    return mayUse(caller, scenario.getInstansiCode())
        && scenario.getCreatedBy().equals(caller.username());
  }

  /** Tasks are planned by the instansi's coordinator or head; operators carry them out. */
  public static boolean mayPlan(Caller caller, String instansiCode) {
    return caller.has(Role.ADMIN)
        || (instansiCode.equals(caller.instansiCode())
            && (caller.has(Role.KOORDINATOR) || caller.has(Role.PIMPINAN)));
  }
}
