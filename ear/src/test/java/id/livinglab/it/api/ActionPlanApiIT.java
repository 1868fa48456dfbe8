package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An action plan followed up against the next official result, over real HTTP: Sumedang's 2019
 * assessment is finalised, three planned steps become tasks, and once 2020 is finalised each task
 * says whether its indicator moved. Years 2019 and 2020 (SPBE 2018) are this test's own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActionPlanApiIT {

  private static final String SUMEDANG = "32.11";
  private static final String PLAN = "api/v1/action-plans/2019/" + SUMEDANG;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private final Assessments api = new Assessments();

  /** Answers {@code levels} for Sumedang in {@code year}, submits, and finalises. */
  private void finalise(int year, Map<String, Integer> levels) throws Exception {
    api.openPeriod(year);
    for (Map.Entry<String, Integer> e : levels.entrySet()) {
      HttpResponse<String> saved =
          api.save(
              "operator.sumedang",
              year,
              SUMEDANG,
              e.getKey(),
              "{\"level\":" + e.getValue() + ",\"explanation\":\"Perbup " + year + "\"}");
      assertEquals(200, saved.statusCode(), saved.body());
    }
    String base = "api/v1/assessments/" + year + "/" + SUMEDANG;
    assertEquals(204, api.post("koordinator.sumedang", base + "/submit", "").statusCode());
    for (int i = 0; i < 4; i++) {
      api.post("admin", "api/v1/periods/" + year + "/advance", "");
    }
    HttpResponse<String> done = api.post("admin", base + "/finalise", "");
    assertEquals(200, done.statusCode(), done.body());
  }

  private JsonObject plan(String user) throws Exception {
    HttpResponse<String> r = api.get(user, PLAN);
    assertEquals(200, r.statusCode(), r.body());
    return Http.object(r);
  }

  private static Map<String, String> movements(JsonObject plan) {
    Map<String, String> out = new HashMap<>();
    plan.getJsonArray("tasks")
        .getValuesAs(JsonObject.class)
        .forEach(t -> out.put(t.getString("indicator"), t.getString("movement")));
    return out;
  }

  @Test
  void tasksAreFollowedUpAgainstTheNextOfficialResult() throws Exception {
    finalise(2019, Map.of("1", 2, "2", 2, "3", 1));
    String steps =
        "{\"ownerOpd\":\"Diskominfo\",\"deadline\":\"2020-06-30\",\"steps\":["
            + "{\"indicator\":\"1\",\"from\":2,\"to\":3,\"effort\":2},"
            + "{\"indicator\":\"2\",\"from\":2,\"to\":3},"
            + "{\"indicator\":\"3\",\"from\":1,\"to\":2}]}";

    assertEquals(403, api.post("operator.sumedang", PLAN + "/tasks", steps).statusCode());
    assertEquals(403, api.get("operator.garut", PLAN).statusCode());
    assertEquals(401, api.get(null, PLAN).statusCode());
    HttpResponse<String> twoLevels =
        api.post(
            "koordinator.sumedang",
            PLAN + "/tasks",
            steps.replace("\"from\":1,\"to\":2", "\"from\":1,\"to\":3"));
    assertEquals(400, twoLevels.statusCode(), twoLevels.body());
    assertEquals(0, plan("koordinator.sumedang").getJsonArray("tasks").size(), "nothing stored");

    HttpResponse<String> added = api.post("koordinator.sumedang", PLAN + "/tasks", steps);
    assertEquals(200, added.statusCode(), added.body());
    assertEquals(3, Http.object(added).getInt("added"));
    assertEquals(
        0, Http.object(api.post("koordinator.sumedang", PLAN + "/tasks", steps)).getInt("added"));
    JsonObject before = plan("operator.sumedang");
    // No later SPBE 2018 result yet: awaited, or "another framework" once another test has
    // finalised Sumedang's 2021 (SPBE 2020).
    assertTrue(
        movements(before).values().stream()
            .allMatch(m -> m.equals("AWAITING") || m.equals("OTHER_FRAMEWORK")),
        movements(before).toString());
    assertEquals(
        0, new BigDecimal("4").compareTo(before.getJsonNumber("effortTotal").bigDecimalValue()));

    JsonObject task = before.getJsonArray("tasks").getJsonObject(0);
    String report =
        "{\"ownerOpd\":\"Diskominfo\",\"deadline\":\"2020-06-30\",\"status\":\"SELESAI\",\"version\":"
            + task.getInt("version")
            + "}";
    String path = PLAN + "/tasks/" + task.getJsonNumber("id").longValue();
    assertEquals(204, put("operator.sumedang", path, report).statusCode());
    HttpResponse<String> stale = put("operator.sumedang", path, report);
    assertEquals(409, stale.statusCode(), stale.body());
    assertEquals(
        400, put("operator.sumedang", path, report.replace("SELESAI", "SELESAI!")).statusCode());
    JsonObject progressed = plan("pimpinan.sumedang");
    assertEquals(1, progressed.getInt("done"));
    assertEquals(3, progressed.getInt("active"));

    finalise(2020, Map.of("1", 3, "2", 2, "3", 2));
    Map<String, String> after = movements(plan("koordinator.sumedang"));
    assertEquals(Map.of("1", "REACHED", "2", "NOT_MOVED", "3", "REACHED"), after);
    HttpResponse<String> audit =
        api.get(
            "admin",
            "api/v1/audit?subject=plan/2019/"
                + SUMEDANG
                + "/"
                + task.getJsonNumber("id").longValue());
    assertTrue(audit.body().contains("status: BELUM_MULAI → SELESAI"), audit.body());
  }

  private HttpResponse<String> put(String user, String path, String json) throws Exception {
    return api.http.put(
        path,
        "application/json",
        json,
        "Authorization",
        Assessments.user(user),
        "Accept-Language",
        "en");
  }
}
