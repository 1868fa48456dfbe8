package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A file of official indicator levels through the results import (issue 12): checked against the
 * framework with the same all-or-nothing rule, the index and domains computed from the levels. Year
 * 2025 (SPBE 2020, graded exactly), two central bodies no other test uses there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LevelImportApiIT {

  private static final String ADMIN = Http.basic("admin", "demo");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private final Http http = new Http();

  private static String header() {
    return "year,instansi_code,"
        + IntStream.rangeClosed(1, 47).mapToObj(i -> "i" + i).collect(Collectors.joining(","));
  }

  private static String levels(String code, int level, String last) {
    return "2025,"
        + code
        + ","
        + IntStream.rangeClosed(1, 46)
            .mapToObj(i -> String.valueOf(level))
            .collect(Collectors.joining(","))
        + ","
        + last;
  }

  private HttpResponse<String> importCsv(String csv) throws Exception {
    return http.post("api/v1/results/import", "text/csv", csv, "Authorization", ADMIN);
  }

  @Test
  void aLevelOfSevenOrAMissingIndicatorStoresNothingAndSaysWhere() throws Exception {
    String file = header() + "\n" + levels("P-001", 3, "7") + "\n" + levels("P-002", 3, "") + "\n";
    // Whatever 2025 holds now (the other test of this class may have run first) stays as it is.
    HttpResponse<String> before = http.get("api/v1/results?year=2025");

    HttpResponse<String> r = importCsv(file);

    assertEquals(422, r.statusCode(), r.body());
    JsonArray problems = Http.object(r).getJsonArray("problems");
    assertEquals(2, problems.size(), r.body());
    assertEquals("i47", problems.getJsonObject(0).getString("field"));
    assertEquals(2, problems.getJsonObject(0).getInt("line"));
    assertEquals(3, problems.getJsonObject(1).getInt("line"));
    HttpResponse<String> after = http.get("api/v1/results?year=2025");
    assertEquals(before.statusCode(), after.statusCode());
    assertEquals(before.body(), after.body());
  }

  @Test
  void goodLevelsBecomeTheYearsResultsWithTheirIndex() throws Exception {
    // P-001 all at 4 → 4.00; P-002 at 3 except indicator 47 (3.00 %) at 5 → 3.06.
    String file = header() + "\n" + levels("P-001", 4, "4") + "\n" + levels("P-002", 3, "5") + "\n";

    HttpResponse<String> r = importCsv(file);

    assertEquals(200, r.statusCode(), r.body());
    JsonObject levels = Http.object(http.get("api/v1/instansi/P-002/levels?year=2025"));
    assertEquals("IMPORT", levels.getJsonObject("source").getString("source"));
    assertEquals(5, levels.getJsonObject("levels").getInt("47"));
    JsonObject portrait = Http.object(http.get("api/v1/instansi/P-002/portrait?year=2025"));
    assertEquals(
        0, new BigDecimal("3.06").compareTo(portrait.getJsonNumber("index").bigDecimalValue()));
    assertEquals("Baik", portrait.getString("predicate"));
    assertTrue(
        portrait.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
            .anyMatch(n -> n.getString("code").equals("A1")),
        "domains and aspects are computed from the levels");
    JsonObject p001 = Http.object(http.get("api/v1/instansi/P-001/portrait?year=2025"));
    assertEquals("Sangat Baik", p001.getString("predicate"));
  }
}
