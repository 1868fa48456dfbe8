package id.livinglab.simulation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.security.Caller;
import id.livinglab.security.Role;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimulationAccessTest {

  private static Caller caller(String name, Role role, String instansi) {
    return new Caller(name, name, Set.of(role), instansi);
  }

  private static final Caller OPERATOR = caller("op", Role.OPERATOR, "32.11");
  private static final Caller HEAD = caller("head", Role.PIMPINAN, "32.11");
  private static final Caller GARUT = caller("garut", Role.KOORDINATOR, "32.05");
  private static final Caller ADMIN = caller("admin", Role.ADMIN, null);
  private static final Caller ASSESSOR = caller("asesor1", Role.ASESOR, null);

  private static Scenario scenarioOf(String author) {
    return new Scenario(
        "32.11", 2026, "pemdi-2026", "A", LevelSource.SELF, author, LocalDateTime.now());
  }

  @Test
  void onlyTheInstansiAndTheAdministratorSimulate() {
    assertTrue(SimulationAccess.mayUse(OPERATOR, "32.11"));
    assertTrue(SimulationAccess.mayUse(ADMIN, "32.11"));
    assertFalse(SimulationAccess.mayUse(GARUT, "32.11"));
    assertFalse(SimulationAccess.mayUse(ASSESSOR, "32.11"));
    assertFalse(SimulationAccess.mayUse(new Caller("x", "x", Set.of(), "32.11"), "32.11"));
  }

  @Test
  void aPrivateScenarioIsItsAuthorsUntilShared() {
    Scenario s = scenarioOf("op");
    assertTrue(SimulationAccess.maySee(OPERATOR, s));
    assertFalse(SimulationAccess.maySee(HEAD, s));
    assertTrue(SimulationAccess.maySee(ADMIN, s));
    s.share(Visibility.SHARED, "op", LocalDateTime.now());
    assertTrue(SimulationAccess.maySee(HEAD, s));
    assertFalse(SimulationAccess.maySee(GARUT, s));
    assertTrue(SimulationAccess.mayChange(OPERATOR, s));
    assertFalse(SimulationAccess.mayChange(HEAD, s), "a colleague sees, but does not change");
  }

  @Test
  void theCoordinatorOrHeadPlansAndTheOperatorReports() {
    assertTrue(SimulationAccess.mayPlan(HEAD, "32.11"));
    assertTrue(SimulationAccess.mayPlan(caller("k", Role.KOORDINATOR, "32.11"), "32.11"));
    assertFalse(SimulationAccess.mayPlan(OPERATOR, "32.11"));
    assertFalse(SimulationAccess.mayPlan(GARUT, "32.11"));
  }
}
