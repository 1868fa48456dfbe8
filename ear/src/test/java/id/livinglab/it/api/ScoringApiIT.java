package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public score endpoint and the framework catalogue over real HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScoringApiIT {

  /** Level vectors of the 47 SPBE 2020 indicators (digit i is indicator i+1), found offline. */
  static final String EXACT_3_1925 = "53515224123545235543433423455121343111425235451";

  static final String EXACT_3_005 = "35412455425221443314242344415452314411352225315";
  static final String EXACT_2_845 = "12344111442414111152525222453254431415354151243";
  static final String EXACT_3_4995 = "44233543425222445434244354455211455312345415355";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private final Http http = new Http();

  private static String body(Integer year, String levels) {
    StringBuilder json = new StringBuilder("{");
    if (year != null) {
      json.append("\"year\":").append(year).append(',');
    }
    json.append("\"levels\":{");
    for (int i = 0; i < levels.length(); i++) {
      json.append(i == 0 ? "" : ",")
          .append('"')
          .append(i + 1)
          .append("\":")
          .append(levels.charAt(i));
    }
    return json.append("}}").toString();
  }

  private static String pemdi(String value) {
    StringBuilder json = new StringBuilder("{\"year\":2026,\"levels\":{");
    for (int i = 1; i <= 20; i++) {
      json.append(i == 1 ? "" : ",").append('"').append(i).append("\":").append(value);
    }
    return json.append("}}").toString();
  }

  private HttpResponse<String> score(String framework, String body) throws Exception {
    return http.post("api/v1/frameworks/" + framework + "/score", "application/json", body);
  }

  @Test
  void anExactIndexIsShownHalfUpAndGradedByTheYear() throws Exception {
    JsonObject r = Http.object(score("spbe-2020", body(2021, EXACT_3_1925)));

    assertEquals("spbe-2020", r.getString("framework"));
    assertEquals(2021, r.getInt("year"));
    assertEquals("3.19", r.getJsonNumber("index").bigDecimalValue().toPlainString());
    assertEquals("3.1925", r.getString("indexExact"));
    assertEquals("Baik", r.getString("predicate"));
    assertEquals(4, r.getJsonArray("domains").size());
    assertEquals("D1", r.getJsonArray("domains").getJsonObject(0).getString("code"));
    assertEquals(8, r.getJsonArray("aspects").size());
    assertEquals("A8", r.getJsonArray("aspects").getJsonObject(7).getString("code"));
  }

  @Test
  void halfUpRoundingOfExactValues() throws Exception {
    assertEquals(
        "3.01",
        Http.object(score("spbe-2020", body(2022, EXACT_3_005)))
            .getJsonNumber("index")
            .bigDecimalValue()
            .toPlainString());
    assertEquals(
        "2.85",
        Http.object(score("spbe-2020", body(2022, EXACT_2_845)))
            .getJsonNumber("index")
            .bigDecimalValue()
            .toPlainString());
  }

  @Test
  void anExact3Point4995IsSangatBaikIn2023ButBaikIn2024() throws Exception {
    JsonObject rounded = Http.object(score("spbe-2020", body(2023, EXACT_3_4995)));
    JsonObject exact = Http.object(score("spbe-2020", body(2024, EXACT_3_4995)));

    assertEquals("3.50", rounded.getJsonNumber("index").bigDecimalValue().toPlainString());
    assertEquals("Sangat Baik", rounded.getString("predicate"));
    assertEquals("3.50", exact.getJsonNumber("index").bigDecimalValue().toPlainString());
    assertEquals("Baik", exact.getString("predicate"));
  }

  @Test
  void pemdiTakesDecimalsHasAspectsOnlyAndOpensTheBandAtItsCutPoint() throws Exception {
    JsonObject low = Http.object(score("pemdi-2026", pemdi("1.17")));
    JsonObject edge = Http.object(score("pemdi-2026", pemdi("2.50")));

    assertEquals("1.17", low.getJsonNumber("index").bigDecimalValue().toPlainString());
    assertEquals("Kurang", low.getString("predicate"));
    assertEquals(0, low.getJsonArray("domains").size());
    assertEquals(7, low.getJsonArray("aspects").size());
    assertEquals("Baik", edge.getString("predicate"));
  }

  @Test
  void levelZeroIsNotAssessedAndFlagsTheResultIncomplete() throws Exception {
    String levels = "0" + "3".repeat(46);

    JsonObject r = Http.object(score("spbe-2020", body(2023, levels)));

    assertTrue(r.getBoolean("incomplete"));
    assertEquals("1", r.getJsonArray("notAssessed").getString(0));
    assertEquals("2.96", r.getJsonNumber("index").bigDecimalValue().toPlainString());
  }

  @Test
  void badInputIsA400ProblemNamingTheField() throws Exception {
    assertProblem(score("spbe-2020", body(2023, "7" + "3".repeat(46))), "levels.1");
    assertProblem(
        score("spbe-2020", body(2023, "3".repeat(46)).replace("}}", ",\"47\":2.5}}")), "levels.47");
    assertProblem(score("spbe-2020", body(2023, "3".repeat(46))), "levels.47");
    assertProblem(
        score("spbe-2020", body(2023, "3".repeat(47)).replace("}}", ",\"99\":3}}")), "levels.99");
    assertProblem(score("pemdi-2026", pemdi("0.5")), "levels.1");
    assertProblem(score("pemdi-2026", pemdi("1.234")), "levels.1");
    assertProblem(score("pemdi-2026", pemdi("\"tinggi\"")), "levels.1");
    assertProblem(score("spbe-2020", body(2026, "3".repeat(47))), "year");
    assertProblem(score("spbe-2020", "{\"levels\": [1,2]}"), "levels");
    assertProblem(score("spbe-2020", "{bukan json"), "body");
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
    assertEquals(field, problem.getString("field"));
    assertTrue(!problem.getString("detail").isBlank());
  }

  @Test
  void theCatalogueListsTheFrameworksAndShowsATree() throws Exception {
    assertEquals(3, Http.array(http.get("api/v1/frameworks")).size());

    JsonObject spbe = Http.object(http.get("api/v1/frameworks/spbe-2020"));
    var d1 = spbe.getJsonArray("nodes").getJsonObject(0);
    var a1 = d1.getJsonArray("children").getJsonObject(0);
    var indicator1 = a1.getJsonArray("children").getJsonObject(0);

    assertEquals(4, spbe.getJsonArray("nodes").size());
    assertEquals("D1", d1.getString("code"));
    assertEquals(0, new BigDecimal("13").compareTo(d1.getJsonNumber("weight").bigDecimalValue()));
    assertEquals(5, indicator1.getJsonArray("criteria").size());
    assertEquals("UPPER_OPENS", spbe.getString("bandBoundary"));
    assertEquals(10, spbe.getJsonArray("levelLabels").size());
    assertEquals("HALF_UP", spbe.getJsonObject("rounding").getString("mode"));
    assertTrue(Http.object(http.get("api/v1/frameworks/spbe-2018")).getBoolean("weightsUncertain"));
    assertEquals(404, http.get("api/v1/frameworks/spbe-1999").statusCode());
  }
}
