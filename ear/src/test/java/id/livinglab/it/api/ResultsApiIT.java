package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Published results: public reading, checked import by the national administrator, audit. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResultsApiIT {

  /** The published 2023 results exactly as KemenPANRB printed them (shipped reference file). */
  static final Path RESULTS_2023 =
      Path.of("..", "ejb", "src", "main", "resources", "reference", "spbe", "results-2023.csv");

  static final String ADMIN = Http.basic("admin", "demo");

  /** A line of the published file cut to the import's columns (year … predikat). */
  static String publishedColumns(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    // year,instansi_code,instansi_name,d1,d2,d3,d4,indeks,predikat,…
    return String.join(
        ",",
        cells.get(0),
        cells.get(1),
        cells.get(3),
        cells.get(4),
        cells.get(5),
        cells.get(6),
        cells.get(7),
        cells.get(8));
  }

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private final Http http = new Http();

  private JsonArray results2023() throws Exception {
    HttpResponse<String> response = http.get("api/v1/results?year=2023");
    assertEquals(200, response.statusCode());
    return Http.array(response);
  }

  private HttpResponse<String> importCsv(String csv, String... headers) throws Exception {
    return http.post("api/v1/results/import", "text/csv", csv, headers);
  }

  @Test
  void sumedangs2023ResultIsPublic() throws Exception {
    JsonArray all = results2023();

    assertEquals(621, all.size());
    JsonObject sumedang =
        all.stream()
            .map(v -> v.asJsonObject())
            .filter(o -> o.getString("instansiCode").equals("32.11"))
            .findFirst()
            .orElseThrow();
    assertEquals("4.14", sumedang.getJsonNumber("index").bigDecimalValue().toPlainString());
    assertEquals("Sangat Baik", sumedang.getString("predicate"));
    assertEquals(
        "2.55",
        sumedang.getJsonObject("domains").getJsonNumber("D3").bigDecimalValue().toPlainString());
  }

  @Test
  void all621Published2023RowsPassTheCheckAndComeBackUnchanged() throws Exception {
    JsonArray before = results2023();
    String file = Files.readString(RESULTS_2023, StandardCharsets.UTF_8);

    HttpResponse<String> response = importCsv(file, "Authorization", ADMIN);

    assertEquals(200, response.statusCode(), response.body());
    JsonObject report = Http.object(response);
    assertEquals(621, report.getInt("imported"));
    assertEquals(621, report.getInt("replaced"));
    JsonArray after = results2023();
    assertEquals(withoutProvenance(before), withoutProvenance(after));
    // The figures are the same; where they come from is now the administrator's import.
    after
        .getValuesAs(JsonObject.class)
        .forEach(r -> assertEquals("IMPORT", r.getJsonObject("provenance").getString("source")));
    JsonArray audit =
        Http.array(http.get("api/v1/audit?subject=results/2023", "Authorization", ADMIN));
    assertEquals("results.import", audit.getJsonObject(0).getString("action"));
    assertEquals("admin", audit.getJsonObject(0).getString("username"));
  }

  private static List<JsonObject> withoutProvenance(JsonArray rows) {
    return rows.getValuesAs(JsonObject.class).stream()
        .map(r -> Json.createObjectBuilder(r).remove("provenance").build())
        .toList();
  }

  @Test
  void everyBadRowIsListedWithItsLineAndNothingIsStored() throws Exception {
    JsonArray before = results2023();
    String csv =
        "year,instansi_code,d1,d2,d3,d4,indeks,predikat\n"
            + "2023,32.11,5.00,3.60,2.55,4.76,4.14,Sangat Baik\n"
            + "2023,32.05,7,3.10,2.09,3.63,,\n"
            + "2023,99.99,4.00,3.10,2.09,3.63,3.29,Baik\n"
            + "2023,32.05,4.00,3.10,2.09,3.63,3.50,Baik\n"
            + "2023,32.06,4.00,3.10,2.09,3.63,3.29,Memuaskan\n"
            + "2031,32.07,4.00,3.10,2.09,3.63,3.29,Baik\n"
            + "2023,32.08,<script>alert(1)</script>,3.10,2.09,3.63,3.29,Baik\n";

    HttpResponse<String> response = importCsv(csv, "Authorization", ADMIN);

    assertEquals(422, response.statusCode(), response.body());
    JsonArray problems = Http.object(response).getJsonArray("problems");
    assertEquals(6, problems.size(), response.body());
    assertProblem(problems.getJsonObject(0), 3, "32.05", "d1");
    assertProblem(problems.getJsonObject(1), 4, "99.99", "instansi_code");
    assertProblem(problems.getJsonObject(2), 5, "32.05", "indeks");
    assertProblem(problems.getJsonObject(3), 6, "32.06", "predikat");
    assertProblem(problems.getJsonObject(4), 7, "32.07", "year");
    assertProblem(problems.getJsonObject(5), 8, "32.08", "d1");
    assertEquals(before, results2023());
  }

  private static void assertProblem(JsonObject p, int line, String code, String field) {
    assertEquals(line, p.getInt("line"), p.toString());
    assertEquals(code, p.getString("instansiCode"), p.toString());
    assertEquals(field, p.getString("field"), p.toString());
    assertTrue(!p.getString("message").isBlank());
  }

  @Test
  void aMalformedFileIsA400AndNothingIsStored() throws Exception {
    JsonArray before = results2023();

    HttpResponse<String> response =
        importCsv("year,instansi_code,d1\n2023,\"32.11,5\n", "Authorization", ADMIN);

    assertEquals(400, response.statusCode(), response.body());
    assertEquals("file", Http.object(response).getString("field"));
    assertEquals(before, results2023());
  }

  @Test
  void onlyTheNationalAdministratorMayImport() throws Exception {
    String csv = "year,instansi_code,d1,d2,d3,d4\n2023,32.11,5.00,3.60,2.55,4.76\n";

    HttpResponse<String> anonymous = importCsv(csv);
    HttpResponse<String> operator =
        importCsv(csv, "Authorization", Http.basic("operator.sumedang", "demo"));

    assertEquals(401, anonymous.statusCode());
    assertTrue(anonymous.headers().firstValue("WWW-Authenticate").isPresent());
    assertEquals(403, operator.statusCode());
    assertEquals(621, results2023().size());
  }

  @Test
  void aYearIsRequired() throws Exception {
    HttpResponse<String> response = http.get("api/v1/results");

    assertEquals(400, response.statusCode());
    assertEquals("year", Http.object(response).getString("field"));
  }
}
