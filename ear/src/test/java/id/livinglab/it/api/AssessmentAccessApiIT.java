package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorization matrix of the self-assessment, role × operation, on Sumedang's 2024 assessment
 * (a period of its own, left in the self-assessment stage), over real HTTP with the demo
 * directory's users. Every refused call must also change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentAccessApiIT {

  private static final int YEAR = 2024;
  private static final String SUMEDANG = "32.11";
  private static final String BASE = "api/v1/assessments/" + YEAR + "/" + SUMEDANG;

  private final Assessments api = new Assessments();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void period() throws Exception {
    api.openPeriod(YEAR);
  }

  private interface Call {
    HttpResponse<String> as(String user) throws Exception;
  }

  /** Each operation, and who may do it (everyone else: 403; nobody logged in: 401). */
  private record Operation(String name, Call call, List<String> allowed) {}

  private List<Operation> operations() {
    return List.of(
        new Operation(
            "read sheet",
            u -> api.get(u, BASE),
            List.of("operator.sumedang", "koordinator.sumedang", "pimpinan.sumedang", "admin")),
        new Operation(
            "read indicator",
            u -> api.get(u, BASE + "/indicators/3"),
            List.of("operator.sumedang", "koordinator.sumedang", "pimpinan.sumedang", "admin")),
        new Operation(
            "save indicator",
            u ->
                api.save(
                    u,
                    YEAR,
                    SUMEDANG,
                    "3",
                    "{\"level\":2,\"explanation\":\"Perbup SPBE ditetapkan oleh " + u + "\"}"),
            List.of("operator.sumedang", "koordinator.sumedang")),
        new Operation(
            "upload evidence",
            u -> api.upload(u, YEAR, SUMEDANG, "3", "perbup.pdf", Assessments.pdf(u)),
            List.of("operator.sumedang", "koordinator.sumedang")),
        new Operation(
            "review indicator",
            u ->
                api.http.put(
                    BASE + "/indicators/3/review",
                    "application/json",
                    "{\"level\":1}",
                    "Authorization",
                    Assessments.user(u)),
            List.of()));
  }

  private static final List<String> USERS =
      List.of(
          "operator.sumedang",
          "koordinator.sumedang",
          "pimpinan.sumedang",
          "operator.garut",
          "asesor1",
          "admin");

  @Test
  void everyRoleMayDoExactlyWhatItsRoleAndInstansiAllow() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Operation op : operations()) {
      for (String user : USERS) {
        int status = op.call().as(user).statusCode();
        boolean allowed = op.allowed().contains(user);
        boolean ok = allowed ? status / 100 == 2 : status == 403;
        if (!ok) {
          wrong.add(op.name() + " as " + user + " → " + status);
        }
      }
    }
    assertTrue(wrong.isEmpty(), "unexpected answers: " + wrong);
  }

  @Test
  void anonymousCallersAreAskedToLogIn() throws Exception {
    assertEquals(401, api.http.get(BASE).statusCode());
    assertEquals(
        401,
        api.http
            .put(BASE + "/indicators/3", "application/json", "{\"level\":2,\"explanation\":\"x\"}")
            .statusCode());
  }

  @Test
  void anotherRegionsOperatorChangesNothing() throws Exception {
    api.save("operator.sumedang", YEAR, SUMEDANG, "4", "{\"level\":3,\"explanation\":\"asli\"}");
    HttpResponse<String> forged =
        api.save("operator.garut", YEAR, SUMEDANG, "4", "{\"level\":1,\"explanation\":\"palsu\"}");
    assertEquals(403, forged.statusCode());
    var answer = Http.object(api.get("operator.sumedang", BASE + "/indicators/4"));
    assertEquals(3, answer.getJsonNumber("level").intValue());
    assertEquals("asli", answer.getString("explanation"));
  }
}
