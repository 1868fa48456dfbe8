package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import jakarta.json.JsonObject;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile and careless input over real HTTP (security issue 11): huge exponents, out-of-range
 * integers, deep or duplicate JSON, control characters, a header that does not parse. Each is a 400
 * problem naming its field, in the caller's language, and nothing is stored. No timing is asserted:
 * a big exponent must be refused, not merely be fast.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InputLimitsApiIT {

  /** Sumedang's action plan of 2022: no other test plans that year. */
  private static final String PLAN = "api/v1/action-plans/2022/32.11";

  private static final String KOORDINATOR = Http.basic("koordinator.sumedang", "demo");
  private static final String ADMIN = Http.basic("admin", "demo");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private final Http http = new Http();

  /** Every indicator of a framework at level 3, as a JSON object. */
  private static String levels(int indicators) {
    StringBuilder levels = new StringBuilder("{");
    for (int i = 1; i <= indicators; i++) {
      levels.append(i == 1 ? "" : ",").append('"').append(i).append("\":3");
    }
    return levels.append('}').toString();
  }

  /** A body on SPBE 2020 for 2024 from level 3 everywhere, with {@code rest} after the levels. */
  private static String spbe(String rest) {
    return "{\"year\":2024,\"levels\":" + levels(47) + "," + rest + "}";
  }

  private HttpResponse<String> post(String path, String body, String... headers) throws Exception {
    return http.post(path, "application/json", body, headers);
  }

  /** A 400 problem naming {@code field}, worded in Bahasa Indonesia and differently in English. */
  private static void refused(String field, HttpResponse<String> id, HttpResponse<String> en) {
    assertEquals(400, id.statusCode(), id.body());
    assertTrue(
        id.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        id.body());
    JsonObject problem = Http.object(id);
    assertEquals(field, problem.getString("field"), id.body());
    assertFalse(problem.getString("detail").startsWith("error."), id.body());
    assertTrue(id.body().length() < 2_000, "the answer echoes no huge input");
    if (en != null) {
      assertEquals(400, en.statusCode(), en.body());
      assertEquals(field, Http.object(en).getString("field"));
      assertNotEquals(problem.getString("detail"), Http.object(en).getString("detail"));
    }
  }

  private void refusedBoth(String field, String path, String body) throws Exception {
    refused(field, post(path, body), post(path, body, "Accept-Language", "en"));
  }

  @Test
  void hugeExponentsAndPrecisionAreRefusedBeforeAnyArithmetic() throws Exception {
    String plan = "api/v1/frameworks/spbe-2020/plan";
    refusedBoth("budget", plan, spbe("\"budget\":1e3000000"));
    refusedBoth("target.index", plan, spbe("\"target\":{\"index\":1e-3000000}"));
    refusedBoth(
        "levels.1",
        "api/v1/frameworks/spbe-2020/score",
        spbe("\"x\":0").replace("\"1\":3", "\"1\":3.0000000000000000000000000000001"));
    refusedBoth("effort.11.1", plan, spbe("\"budget\":5,\"effort\":{\"11\":[1,1E+400]}"));
    refused(
        "target",
        http.get(
            "api/v1/peer-groups/livinglab-jabar-2023/simulation?year=2023&target="
                + "9".repeat(40)),
        null);
  }

  @Test
  void aYearBeyondAnIntIsNotWrappedToAnotherYear() throws Exception {
    // 4294969322 is 2026 + 2^32: read as an int it would wrap to 2026 and be scored.
    refusedBoth(
        "year",
        "api/v1/frameworks/pemdi-2026/score",
        "{\"year\":4294969322,\"levels\":" + levels(20) + "}");
  }

  @Test
  void queryParametersThatAreNoNumberOrOutOfRangeAreA400() throws Exception {
    refused(
        "year",
        http.get("api/v1/results?year=abc"),
        http.get("api/v1/results?year=abc", "Accept-Language", "en"));
    refused("limit", http.get("api/v1/instansi?q=a&limit=99999999999"), null);
    refused("year", http.get("api/v1/rankings?year=abc"), null);
    refused("year", http.get("api/v1/instansi/32.11/portrait?year=abc"), null);
    refused("year", http.get("api/v1/results?year=4294969322"), null);
  }

  @Test
  void deepDuplicateOrBadlyShapedJsonIsA400() throws Exception {
    String score = "api/v1/frameworks/spbe-2020/score";
    String deep = "[".repeat(1000) + "]".repeat(1000);
    refusedBoth("body", score, "{\"year\":2024,\"levels\":" + deep + "}");
    refusedBoth("year", score, spbe("\"year\":2021"));
    HttpResponse<String> shape =
        http.put(
            "api/v1/peer-groups/bentuk-salah",
            "application/json",
            "{\"name\":\"X\",\"members\":{\"a\":1}}",
            "Authorization",
            ADMIN);
    refused("members", shape, null);
    assertEquals(1, Http.array(http.get("api/v1/peer-groups")).size(), "nothing stored");
  }

  @Test
  void aMalformedAcceptLanguageStillGetsTheProblemAnswer() throws Exception {
    HttpResponse<String> r =
        post(
            "api/v1/frameworks/spbe-2020/score",
            "{\"year\":2024,\"levels\":3}",
            "Accept-Language",
            "en;q=2");
    refused("levels", r, null);
    HttpResponse<String> unknown = http.get("api/v1/instansi/99.99", "Accept-Language", "en;q=2");
    assertEquals(404, unknown.statusCode(), unknown.body());
    assertTrue(Http.object(unknown).containsKey("detail"));
  }

  private HttpResponse<String> addTask(String json, String... headers) throws Exception {
    String[] all = new String[headers.length + 2];
    all[0] = "Authorization";
    all[1] = KOORDINATOR;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return post(PLAN + "/tasks", json, all);
  }

  private static String task(String owner, String deadline, String effort) {
    return "{\"ownerOpd\":\""
        + owner
        + "\",\"deadline\":\""
        + deadline
        + "\",\"steps\":[{\"indicator\":\"1\",\"from\":2,\"to\":3,\"effort\":"
        + effort
        + "}]}";
  }

  @Test
  void actionPlanEffortsDeadlinesAndTextsOutOfBoundsStoreNothing() throws Exception {
    String[][] cases = {
      // beyond every number's bound, refused as the body is read
      {"steps.0.effort", task("Diskominfo", "2026-06-30", "1e20")},
      {"steps.0.effort", task("Diskominfo", "2026-06-30", "100000000000000000000")},
      // within it, but not what the effort column holds exactly
      {"steps.1", task("Diskominfo", "2026-06-30", "1e16")},
      {"steps.1", task("Diskominfo", "2026-06-30", "0.00001")},
      {"deadline", task("Diskominfo", "+99999-01-01", "1")},
      {"deadline", task("Diskominfo", "2099-01-01", "1")},
      {"ownerOpd", task("Diskominfo\\u0000", "2026-06-30", "1")},
      {"ownerOpd", task("Disko\\u001b[31mminfo", "2026-06-30", "1")},
      {"ownerOpd", task("Diskominfo\u202Egnp.exe", "2026-06-30", "1")},
    };
    for (String[] c : cases) {
      refused(c[0], addTask(c[1]), addTask(c[1], "Accept-Language", "en"));
    }
    HttpResponse<String> plan = http.get(PLAN, "Authorization", KOORDINATOR);
    assertEquals(200, plan.statusCode(), plan.body());
    assertEquals(0, Http.object(plan).getJsonArray("tasks").size(), "nothing stored");
  }

  @Test
  void aPeerGroupNameWithABidiOverrideIsRefused() throws Exception {
    HttpResponse<String> r =
        http.put(
            "api/v1/peer-groups/nama-terbalik",
            "application/json",
            "{\"name\":\"Kota \u202Eabaj\",\"members\":[\"32.11\"]}",
            "Authorization",
            ADMIN);
    refused("name", r, null);
    assertEquals(1, Http.array(http.get("api/v1/peer-groups")).size(), "nothing stored");
  }

  @Test
  void aFileOfAHundredThousandBadRowsReportsTheFirstHundredAndTheCount() throws Exception {
    StringBuilder csv = new StringBuilder("year,instansi_code,d1,d2,d3,d4\n");
    for (int i = 0; i < 100_000; i++) {
      csv.append("x,32.11\n");
    }
    HttpResponse<String> r =
        http.post("api/v1/results/import", "text/csv", csv.toString(), "Authorization", ADMIN);

    assertEquals(422, r.statusCode(), r.body().substring(0, Math.min(500, r.body().length())));
    JsonObject problem = Http.object(r);
    assertEquals(100, problem.getJsonArray("problems").size());
    assertEquals(100_000, problem.getInt("problemCount"));
    assertTrue(r.body().length() < 50_000, "a short answer: " + r.body().length());
  }

  @Test
  void aResultsCellWithAHugeExponentNamesItsColumn() throws Exception {
    String csv = "year,instansi_code,d1,d2,d3,d4,indeks\n2023,32.11,3,3,3,3,1e-3000000\n";
    HttpResponse<String> r =
        http.post("api/v1/results/import", "text/csv", csv, "Authorization", ADMIN);

    assertEquals(422, r.statusCode(), r.body().substring(0, Math.min(500, r.body().length())));
    assertTrue(r.body().length() < 2_000, "no echo of the expanded number");
    assertEquals(
        "indeks", Http.object(r).getJsonArray("problems").getJsonObject(0).getString("field"));
  }

  @Test
  void aStatusLineCarriesTheStandardReasonPhraseNotAMessageKey() throws Exception {
    HttpURLConnection c =
        (HttpURLConnection)
            URI.create(Deployments.baseUrl() + "instansi/99.99").toURL().openConnection();
    try {
      assertEquals(404, c.getResponseCode());
      assertEquals("Not Found", c.getResponseMessage());
    } finally {
      c.disconnect();
    }
  }

  @Test
  void aStatusWithoutAPageOfItsOwnGetsOursNotTheContainersReport() throws Exception {
    HttpResponse<String> logout = http.get("logout");
    HttpResponse<String> session = http.get("instansi/32.11;jsessionid=ABC");
    Visitor visitor = new Visitor();
    visitor.page("index.xhtml?lang=en");
    HttpResponse<String> english = visitor.get("logout");

    assertEquals(405, logout.statusCode());
    assertEquals(400, session.statusCode());
    for (HttpResponse<String> r : java.util.List.of(logout, session)) {
      assertTrue(r.body().contains("Permintaan tidak dapat dilayani"), r.body());
      assertFalse(r.body().contains("Payara Server"), "no version banner: " + r.body());
    }
    assertEquals(405, english.statusCode());
    assertTrue(english.body().contains("The request cannot be served"), english.body());
  }
}
