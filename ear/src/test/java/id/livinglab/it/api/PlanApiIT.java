package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public plan endpoint over real HTTP: plans checked by hand, and refused input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private final Http http = new Http();

  /** Every indicator of a framework at one value, as a JSON object. */
  private static String levels(int indicators, String value) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 1; i <= indicators; i++) {
      json.append(i == 1 ? "" : ",").append('"').append(i).append("\":").append(value);
    }
    return json.append('}').toString();
  }

  /** A body on SPBE 2020 for 2024 from level 3 everywhere, with {@code rest} after the levels. */
  private static String spbe(String rest) {
    return "{\"year\":2024,\"levels\":" + levels(47, "3") + "," + rest + "}";
  }

  private HttpResponse<String> plan(String framework, String body, String... headers)
      throws Exception {
    return http.post("api/v1/frameworks/" + framework + "/plan", "application/json", body, headers);
  }

  private static List<String> steps(JsonObject plan) {
    List<String> steps = new ArrayList<>();
    for (JsonObject s : plan.getJsonArray("steps").getValuesAs(JsonObject.class)) {
      steps.add(
          s.getString("indicator")
              + ":"
              + s.getJsonNumber("from").bigDecimalValue().toPlainString()
              + "→"
              + s.getJsonNumber("to").bigDecimalValue().toPlainString());
    }
    return steps;
  }

  private static BigDecimal decimal(JsonObject json, String name) {
    return json.getJsonNumber(name).bigDecimalValue();
  }

  @Test
  void sangatBaikFromLevelThreeEverywhereTakesEighteenSteps() throws Exception {
    // 3.00 → 3.50 needs 50 of Σ level × weight: 12 steps of 3.00 and at most 5 of 2.75 give
    // 49.75, so 18 steps; among those the earliest indicators take what they can.
    HttpResponse<String> response =
        plan("spbe-2020", spbe("\"target\":{\"predicate\":\"Sangat Baik\"}"));
    JsonObject r = Http.object(response);

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(r.getBoolean("feasible"));
    assertFalse(r.containsKey("reason"));
    assertEquals("spbe-2020", r.getString("framework"));
    assertEquals(2024, r.getInt("year"));
    assertEquals(0, new BigDecimal("18").compareTo(decimal(r, "totalEffort")));
    assertEquals(
        List.of(
            "1:3→4", "11:3→4", "11:4→5", "12:3→4", "12:4→5", "32:3→4", "42:3→4", "42:4→5", "43:3→4",
            "43:4→5", "44:3→4", "44:4→5", "45:3→4", "45:4→5", "46:3→4", "46:4→5", "47:3→4",
            "47:4→5"),
        steps(r));
    JsonObject first = r.getJsonArray("steps").getJsonObject(0);
    assertEquals(0, BigDecimal.ONE.compareTo(decimal(first, "effort")));
    assertEquals(0, new BigDecimal("0.013").compareTo(decimal(first, "gain")));
    assertEquals("3.50", decimal(r, "index").toPlainString());
    assertEquals("3.5005", r.getString("indexExact"));
    assertEquals("Sangat Baik", r.getString("predicate"));
    assertEquals("3", r.getJsonObject("start").getString("indexExact"));
    assertEquals("Baik", r.getJsonObject("start").getString("predicate"));
    assertEquals("5", r.getJsonObject("maximum").getString("indexExact"));
  }

  @Test
  void anIndexTargetTakesTheCheapestStepsAndHonoursEffortsAndExclusions() throws Exception {
    String dear = "[1,1,5,5]";
    String effort =
        "\"effort\":{\"42\":"
            + dear
            + ",\"43\":"
            + dear
            + ",\"44\":"
            + dear
            + ",\"45\":"
            + dear
            + ",\"46\":"
            + dear
            + ",\"47\":"
            + dear
            + "}";

    JsonObject cheap = Http.object(plan("spbe-2020", spbe("\"target\":{\"index\":3.03}")));
    JsonObject withDear =
        Http.object(plan("spbe-2020", spbe("\"target\":{\"index\":3.03}," + effort)));
    JsonObject without1 =
        Http.object(
            plan(
                "spbe-2020",
                spbe("\"target\":{\"index\":3.03}," + effort + ",\"exclude\":[\"1\"]")));

    assertEquals(List.of("42:3→4"), steps(cheap));
    assertEquals("3.03", cheap.getString("indexExact"));
    // 42–47 now cost 5 a step: 1.30 + 2.50 for 2 is the cheapest that gains 3.
    assertEquals(List.of("1:3→4", "11:3→4"), steps(withDear));
    assertEquals(0, new BigDecimal("2").compareTo(decimal(withDear, "totalEffort")));
    assertEquals("3.038", withDear.getString("indexExact"));
    assertEquals(List.of("2:3→4", "11:3→4"), steps(without1));
  }

  @Test
  void aBudgetBuysTheHighestIndexWithinItsCapsAndSteps() throws Exception {
    JsonObject twelve = Http.object(plan("spbe-2020", spbe("\"budget\":12")));
    JsonObject capped =
        Http.object(plan("spbe-2020", spbe("\"budget\":12,\"maxSteps\":{\"42\":1}")));

    assertTrue(twelve.getBoolean("feasible"));
    assertEquals(0, new BigDecimal("12").compareTo(decimal(twelve, "totalEffort")));
    assertEquals("3.36", twelve.getString("indexExact"));
    // 42 may rise once: eleven steps of 3.00 and the earliest 2.75 (indicator 32).
    assertEquals("3.3575", capped.getString("indexExact"));
    assertEquals("32:3→4", steps(capped).get(0));
    assertEquals("42:3→4", steps(capped).get(1));
    assertEquals(12, capped.getJsonArray("steps").size());
  }

  @Test
  void anUnreachableTargetIsInfeasibleWithAReasonAndAReachedOneNeedsNoSteps() throws Exception {
    JsonObject unreachable =
        Http.object(plan("spbe-2020", spbe("\"target\":{\"index\":5},\"exclude\":[\"1\"]")));
    JsonObject reached =
        Http.object(plan("spbe-2020", spbe("\"target\":{\"predicate\":\"good\"}")));

    assertFalse(unreachable.getBoolean("feasible"));
    assertEquals("TARGET_ABOVE_MAXIMUM", unreachable.getString("reason"));
    assertEquals(0, unreachable.getJsonArray("steps").size());
    assertEquals("4.974", unreachable.getJsonObject("maximum").getString("indexExact"));
    assertEquals("3.00", decimal(unreachable, "index").toPlainString());
    assertTrue(reached.getBoolean("feasible"));
    assertEquals("ALREADY_REACHED", reached.getString("reason"));
    assertEquals(0, reached.getJsonArray("steps").size());
  }

  @Test
  void pemdiRisesFrom1Point26To2Then3() throws Exception {
    String body =
        "{\"year\":2026,\"levels\":"
            + levels(20, "1.26")
            + ",\"target\":{\"predicate\":\"Cukup\"}}";

    JsonObject r = Http.object(plan("pemdi-2026", body));
    JsonArray steps = r.getJsonArray("steps");

    assertEquals(List.of("20:1.26→2", "20:2→3"), steps(r));
    assertEquals(0, new BigDecimal("0.111").compareTo(decimal(steps.getJsonObject(0), "gain")));
    assertEquals("1.521", r.getString("indexExact"));
    assertEquals("Cukup", r.getString("predicate"));
  }

  @Test
  void badInputIsA400ProblemNamingTheField() throws Exception {
    String target = "\"target\":{\"index\":3.5}";
    assertProblem(plan("spbe-2020", spbe(target + ",\"budget\":3")), "target");
    assertProblem(plan("spbe-2020", spbe("\"exclude\":[]")), "target");
    assertProblem(plan("spbe-2020", spbe("\"target\":{}")), "target");
    assertProblem(plan("spbe-2020", spbe("\"target\":\"Baik\"")), "target");
    assertProblem(
        plan("spbe-2020", spbe("\"target\":{\"predicate\":\"Luar Biasa\"}")), "target.predicate");
    assertProblem(plan("spbe-2020", spbe("\"target\":{\"index\":6}")), "target.index");
    assertProblem(plan("spbe-2020", spbe("\"target\":{\"index\":\"3\"}")), "target.index");
    assertProblem(plan("spbe-2020", spbe(target + ",\"effort\":{\"11\":[1,-1,1,1]}")), "effort.11");
    assertProblem(plan("spbe-2020", spbe(target + ",\"effort\":{\"11\":[1,2]}")), "effort.11");
    assertProblem(plan("spbe-2020", spbe(target + ",\"effort\":{\"11\":3}")), "effort.11");
    assertProblem(plan("spbe-2020", spbe(target + ",\"effort\":{\"99\":[1,1,1,1]}")), "effort.99");
    assertProblem(plan("spbe-2020", spbe(target + ",\"maxSteps\":{\"11\":-1}")), "maxSteps.11");
    assertProblem(plan("spbe-2020", spbe(target + ",\"maxSteps\":{\"11\":1.5}")), "maxSteps.11");
    assertProblem(plan("spbe-2020", spbe(target + ",\"exclude\":[\"99\"]")), "exclude");
    assertProblem(plan("spbe-2020", spbe(target + ",\"exclude\":\"45\"")), "exclude");
    assertProblem(plan("spbe-2020", spbe("\"budget\":-1")), "budget");
    assertProblem(plan("spbe-2020", spbe("\"budget\":\"banyak\"")), "budget");
    assertProblem(
        plan("spbe-2020", "{\"year\":2024,\"levels\":" + levels(46, "3") + "," + target + "}"),
        "levels.47");
    assertProblem(
        plan("spbe-2020", "{\"year\":2026,\"levels\":" + levels(47, "3") + "," + target + "}"),
        "year");
    assertProblem(plan("spbe-2020", "{bukan json"), "body");

    HttpResponse<String> english =
        plan(
            "spbe-2020",
            spbe("\"target\":{\"predicate\":\"Luar Biasa\"}"),
            "Accept-Language",
            "en");
    assertTrue(Http.object(english).getString("detail").contains("Sangat Baik"), english.body());
    assertEquals(404, plan("spbe-1999", spbe(target)).statusCode());
  }

  private static void assertProblem(HttpResponse<String> response, String field) {
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    JsonObject problem = Http.object(response);
    assertEquals(field, problem.getString("field"), response.body());
    assertFalse(problem.getString("detail").isBlank());
    assertFalse(problem.getString("detail").startsWith("error."), problem.getString("detail"));
  }
}
