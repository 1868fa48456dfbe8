package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Refusals a stranger can send by the thousand (an unknown instansi, no or wrong credentials,
 * another region's data, an expired view, an address that is no number) are logged in one line
 * each, never as a stack trace of several kilobytes: the log cannot be used to fill the disk (issue
 * 11, point 9).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuietRefusalsIT {

  /** A one-line entry of Payara's log with its header is some 300 bytes; a stack trace 6–17 KB. */
  private static final int BYTES_PER_REFUSAL = 600;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private final Http http = new Http();
  private final ServerLog log = new ServerLog();

  @Test
  void expectedRefusalsLeaveOneLineEachAndNoStackTrace() throws Exception {
    Visitor operator = new Visitor().logInAs("operator.sumedang");
    Visitor stranger = new Visitor();
    stranger.get("login.xhtml");
    long mark = log.mark();

    HttpResponse<String> page404 = stranger.get("instansi/99.99");
    assertEquals(404, page404.statusCode());
    assertTrue(page404.body().contains("Halaman tidak ditemukan"), page404.body());
    assertEquals(404, http.get("api/v1/instansi/99.99").statusCode());
    assertEquals(401, http.get("api/v1/me").statusCode());
    // Credentials without a password: refused like a wrong one, without counting as a failed
    // login of this client (the login throttle would slow down the other tests).
    assertEquals(401, http.get("api/v1/me", "Authorization", "Basic bm9jb2xvbg==").statusCode());
    assertEquals(
        403,
        http.get(
                "api/v1/assessments/2026/32.05",
                "Authorization",
                Http.basic("operator.sumedang", "demo"))
            .statusCode());
    // A service's role check (@RolesAllowed), anonymous and logged in: the EJB container logged
    // each with its stack trace.
    assertEquals(
        401, http.post("api/v1/periods", "application/json", "{\"year\":2030}").statusCode());
    assertEquals(
        403,
        http.get(
                "api/v1/audit?subject=results/2023",
                "Authorization",
                Http.basic("operator.sumedang", "demo"))
            .statusCode());
    assertEquals(400, http.get("api/v1/results?year=abc").statusCode());
    assertEquals(403, operator.get("admin/groups.xhtml").statusCode());
    assertEquals(403, operator.get("assessment/sheet.xhtml?year=2026&code=32.05").statusCode());
    int expired =
        stranger
            .post("login.xhtml", Visitor.loginForm("x", "x", "-123456789:987654321"))
            .statusCode();
    assertTrue(expired < 500, "an expired view is no server fault: " + expired);
    assertTrue(stranger.get("instansi/32.11?year=abc").statusCode() < 500);
    int refusals = 12;

    String written = log.since(mark);
    assertFalse(written.contains("\tat "), "a stack trace in the log:\n" + head(written));
    // One line names what was refused: status, method, path.
    assertTrue(written.contains("404 GET /livinglab/api/v1/instansi/99.99"), head(written));
    assertTrue(
        written.length() < refusals * BYTES_PER_REFUSAL,
        written.length() + " bytes for " + refusals + " refusals:\n" + head(written));
  }

  private static String head(String text) {
    return text.substring(0, Math.min(4000, text.length()));
  }
}
