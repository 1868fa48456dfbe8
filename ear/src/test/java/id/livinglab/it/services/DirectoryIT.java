package id.livinglab.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.livinglab.it.Deployments;
import id.livinglab.security.Directory;
import id.livinglab.security.LoginOutcome;
import id.livinglab.security.Role;
import jakarta.ejb.EJB;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logins against the embedded demo directory over the real LDAP protocol: role from group
 * membership, instansi from an attribute.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(DirectoryIT.class);
  }

  @EJB private Directory directory;

  @Test
  void operatorSumedangIsAnOperatorOfSumedang() {
    LoginOutcome outcome = directory.authenticate("operator.sumedang", "demo", "127.0.0.1");

    assertEquals(LoginOutcome.Status.SUCCESS, outcome.status());
    assertEquals(Set.of(Role.OPERATOR), outcome.caller().roles());
    assertEquals("32.11", outcome.caller().instansiCode());
  }

  @Test
  void eachDemoUserHasTheRoleAndInstansiOfTheDirectory() {
    assertEquals(Set.of(Role.ADMIN), directory.lookup("admin").orElseThrow().roles());
    assertNull(directory.lookup("admin").orElseThrow().instansiCode());
    assertEquals(
        Set.of(Role.KOORDINATOR), directory.lookup("koordinator.sumedang").orElseThrow().roles());
    assertEquals(
        Set.of(Role.PIMPINAN), directory.lookup("pimpinan.sumedang").orElseThrow().roles());
    assertEquals("32.05", directory.lookup("operator.garut").orElseThrow().instansiCode());
    assertEquals(Set.of(Role.ASESOR), directory.lookup("asesor1").orElseThrow().roles());
    for (String[] coordinator :
        new String[][] {
          {"koordinator.garut", "32.05"},
          {"koordinator.kuningan", "32.08"},
          {"koordinator.majalengka", "32.10"},
          {"koordinator.kotacirebon", "32.74"}
        }) {
      var caller = directory.lookup(coordinator[0]).orElseThrow();
      assertEquals(Set.of(Role.KOORDINATOR), caller.roles(), coordinator[0]);
      assertEquals(coordinator[1], caller.instansiCode(), coordinator[0]);
    }
  }

  @Test
  void aWrongOrEmptyPasswordOrAnInjectedNameIsRefused() {
    assertEquals(
        LoginOutcome.Status.INVALID,
        directory.authenticate("pimpinan.sumedang", "salah", "127.0.0.1").status());
    assertEquals(
        LoginOutcome.Status.INVALID,
        directory.authenticate("pimpinan.sumedang", "", "127.0.0.1").status());
    assertEquals(
        LoginOutcome.Status.INVALID,
        directory.authenticate("*)(uid=*", "demo", "127.0.0.1").status());
    assertEquals(
        LoginOutcome.Status.INVALID,
        directory.authenticate("tidak.ada", "demo", "127.0.0.1").status());
  }
}
