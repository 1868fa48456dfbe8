package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import id.livinglab.support.Csv;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Seven years of published results (issue 12) over the public API: every shipped row, its source,
 * the official indicator levels of 2021–2022, changes against the previous year of the same
 * framework, and a body that is no longer in the register.
 *
 * <p>Other test classes finalise a few assessments on the platform in 2019–2021 (Sumedang and four
 * West Java regions; see {@code Cohort2021}, {@code ActionPlanApiIT}) and re-import the 2023 file
 * ({@code ResultsApiIT}): such a row names its source (LL or IMPORT), and is then checked as that.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HistoryApiIT {

  private static final Path SHIPPED =
      Path.of("..", "ejb", "src", "main", "resources", "reference", "spbe");

  /** The source of a shipped row: the file's column, else the official report of its year. */
  private static final Map<String, String> REPORTS = Map.of("2023", "K2023", "2024", "K2024");

  /** Sources a row may carry once a test has replaced it on the platform. */
  private static final Set<String> REPLACED_BY_TESTS = Set.of("LL", "IMPORT");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private final Http http = new Http();

  private static List<Csv.Row> shipped(String file) throws Exception {
    try (Reader in = Files.newBufferedReader(SHIPPED.resolve(file), StandardCharsets.UTF_8)) {
      return Csv.read(in);
    }
  }

  private JsonObject get(String path) throws Exception {
    HttpResponse<String> r = http.get(path);
    assertEquals(200, r.statusCode(), path + " " + r.body());
    return Http.object(r);
  }

  private JsonArray getArray(String path) throws Exception {
    HttpResponse<String> r = http.get(path);
    assertEquals(200, r.statusCode(), path + " " + r.body());
    return Http.array(r);
  }

  private static void assertValue(String expected, JsonObject o, String field) {
    assertNotNull(o.getJsonNumber(field), field + " in " + o);
    BigDecimal actual = o.getJsonNumber(field).bigDecimalValue();
    assertEquals(0, new BigDecimal(expected).compareTo(actual), field + ": " + o);
  }

  @Test
  void everyShippedRowComesBackUnchangedWithItsSource() throws Exception {
    Map<String, List<Csv.Row>> byYear = new TreeMap<>();
    for (String file : List.of("results-2018-2022.csv", "results-2023.csv", "results-2024.csv")) {
      for (Csv.Row row : shipped(file)) {
        byYear.computeIfAbsent(row.get("year"), y -> new ArrayList<>()).add(row);
      }
    }
    assertEquals(
        Map.of(
            "2018", 616, "2019", 615, "2020", 554, "2021", 517, "2022", 554, "2023", 621, "2024",
            615),
        counts(byYear));
    for (Map.Entry<String, List<Csv.Row>> year : byYear.entrySet()) {
      Map<String, JsonObject> api = new HashMap<>();
      getArray("api/v1/results?year=" + year.getKey())
          .getValuesAs(JsonObject.class)
          .forEach(r -> api.put(r.getString("instansiCode"), r));
      int replaced = 0;
      for (Csv.Row row : year.getValue()) {
        String who = year.getKey() + "/" + row.get("instansi_code");
        JsonObject r = api.remove(row.get("instansi_code"));
        assertNotNull(r, who + " is missing");
        JsonObject provenance = r.getJsonObject("provenance");
        String source = provenance.getString("source");
        if (source.equals("LL")) {
          replaced++;
          continue;
        }
        assertValue(row.get("indeks"), r, "index");
        assertEquals(row.get("predikat"), r.getString("predicate"), who);
        for (String d : List.of("d1", "d2", "d3", "d4")) {
          if (!row.get(d).isEmpty()) {
            assertValue(row.get(d), r.getJsonObject("domains"), d.toUpperCase());
          }
        }
        if (!REPLACED_BY_TESTS.contains(source)) {
          String expected = REPORTS.getOrDefault(year.getKey(), row.get("source"));
          assertEquals(expected, source, who);
          String mode = row.get("mode").isEmpty() ? "EVALUATED" : row.get("mode").toUpperCase();
          assertEquals(mode, provenance.getString("mode"), who);
          assertEquals(
              row.get("note").startsWith("carried-forward?"),
              provenance.getBoolean("carriedForward"),
              who);
        }
      }
      // A platform finalisation replaces a row; only the test fixtures' few regions do so.
      assertTrue(replaced <= 5, year.getKey() + ": " + replaced + " replaced");
      api.values()
          .forEach(
              extra ->
                  assertEquals(
                      "LL",
                      extra.getJsonObject("provenance").getString("source"),
                      extra.toString()));
    }
  }

  private static Map<String, Integer> counts(Map<String, List<Csv.Row>> byYear) {
    Map<String, Integer> out = new TreeMap<>();
    byYear.forEach((y, rows) -> out.put(y, rows.size()));
    return out;
  }

  @Test
  void theOfficialLevelsOf2021And2022AreServedAsShipped() throws Exception {
    int checked = 0;
    for (Csv.Row row : shipped("indicator-levels-2021-2022.csv")) {
      String code = row.get("instansi_code");
      JsonObject levels = get("api/v1/instansi/" + code + "/levels?year=" + row.get("year"));
      JsonObject source = levels.getJsonObject("source");
      if (source != null && source.getString("source").equals("LL")) {
        continue;
      }
      assertEquals("spbe-2020", levels.getString("framework"));
      assertEquals("S3", source.getString("source"), code);
      JsonObject byIndicator = levels.getJsonObject("levels");
      assertEquals(47, byIndicator.size(), code);
      for (int i = 1; i <= 47; i++) {
        assertValue(row.get("i" + i), byIndicator, String.valueOf(i));
      }
      checked++;
    }
    assertTrue(checked >= 1071 - 10, checked + " rows checked");
  }

  @Test
  void aYearWithoutLevelsIsA404ThatSaysSoAndABadYearA400() throws Exception {
    HttpResponse<String> none = http.get("api/v1/instansi/32.04/levels?year=2018");
    assertEquals(404, none.statusCode(), none.body());
    assertTrue(Http.object(none).getString("detail").contains("2021–2022"), none.body());
    assertEquals(400, http.get("api/v1/instansi/32.04/levels?year=abc").statusCode());
    assertEquals(400, http.get("api/v1/instansi/32.04/levels").statusCode());
    assertEquals(404, http.get("api/v1/instansi/99.99/levels?year=2022").statusCode());
  }

  @Test
  void sumedangsHistoryRunsFrom2018To2024AcrossTheFrameworkChange() throws Exception {
    Map<Integer, JsonObject> years = new TreeMap<>();
    getArray("api/v1/instansi/32.11/history")
        .getValuesAs(JsonObject.class)
        .forEach(h -> years.put(h.getInt("year"), h));
    // 2018–2024 published; 2025 and 2026 only where a cycle test finalised one on the platform.
    assertEquals(
        List.of(2018, 2019, 2020, 2021, 2022, 2023, 2024),
        List.copyOf(years.keySet()).subList(0, 7));
    years.entrySet().stream()
        .filter(e -> e.getKey() > 2024)
        .forEach(
            e -> assertEquals("LL", e.getValue().getJsonObject("provenance").getString("source")));
    assertEquals("spbe-2018", years.get(2018).getString("framework"));
    assertEquals("spbe-2020", years.get(2021).getString("framework"));
    // 2018 and 2022–2024 belong to no test fixture: exactly as published.
    assertEquals("S1", years.get(2018).getJsonObject("provenance").getString("source"));
    assertValue("3.84", years.get(2022), "index");
    assertEquals("MONITORED", years.get(2022).getString("mode"));
    assertEquals(
        "THIRD_PARTY_CONSISTENT",
        years.get(2022).getJsonObject("provenance").getString("reliability"));
    assertValue("4.14", years.get(2023), "index");
    assertValue("4.51", years.get(2024), "index");
    assertEquals("K2024", years.get(2024).getJsonObject("provenance").getString("source"));
    assertTrue(years.get(2024).getJsonObject("provenance").getBoolean("official"));
    // 2024 against 2023: +0.37; a framework's first year (2018, 2021) compares with nothing.
    JsonObject change = years.get(2024).getJsonObject("change");
    assertEquals(2023, change.getInt("previousYear"));
    assertValue("0.37", change, "index");
    assertFalse(years.get(2018).containsKey("change") && !years.get(2018).isNull("change"));
    assertFalse(years.get(2021).containsKey("change") && !years.get(2021).isNull("change"));
    // 2020 and 2021 as shipped unless a fixture finalised them on the platform.
    expectShippedOrPlatform(years.get(2020), "3.81", "S2");
    expectShippedOrPlatform(years.get(2021), "3.52", "S3");
  }

  private static void expectShippedOrPlatform(JsonObject year, String index, String source) {
    String actual = year.getJsonObject("provenance").getString("source");
    if (!actual.equals("LL")) {
      assertEquals(source, actual);
      assertValue(index, year, "index");
    }
  }

  @Test
  void aMergedBodyKeepsItsResultsAndSaysWhatBecameOfIt() throws Exception {
    JsonObject lapan = get("api/v1/instansi/P-101");
    assertTrue(lapan.getBoolean("historic"));
    assertTrue(lapan.getString("fate").contains("BRIN"), lapan.toString());
    JsonArray history = getArray("api/v1/instansi/P-101/history");
    assertEquals(4, history.size(), history.toString());
    assertEquals(2018, history.getJsonObject(0).getInt("year"));
    JsonObject ranking = get("api/v1/rankings?year=2019&kind=pusat");
    assertTrue(
        ranking.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
            .anyMatch(r -> r.getString("instansiCode").equals("P-101")));
    JsonObject portrait = get("api/v1/instansi/P-101/portrait");
    assertEquals(2021, portrait.getInt("year"));
    assertTrue(portrait.getJsonObject("instansi").getBoolean("historic"));
  }

  @Test
  void rankingsGiveTheChangeAgainstThePreviousYearOfTheSameFramework() throws Exception {
    JsonObject ranking = get("api/v1/rankings?year=2024");
    List<JsonObject> rows = ranking.getJsonArray("rows").getValuesAs(JsonObject.class);
    JsonObject sumedang =
        rows.stream().filter(r -> r.getString("instansiCode").equals("32.11")).findFirst().get();
    assertValue("0.37", sumedang.getJsonObject("change"), "index");
    assertEquals(2023, sumedang.getJsonObject("change").getInt("previousYear"));
    // A body first published in 2024 is "new": no index or rank change.
    Set<String> in2023 = new HashSet<>();
    shipped("results-2023.csv").forEach(r -> in2023.add(r.get("instansi_code")));
    JsonObject first =
        rows.stream()
            .filter(r -> !in2023.contains(r.getString("instansiCode")))
            .findFirst()
            .orElseThrow();
    assertTrue(first.getJsonObject("change").getBoolean("isNew"), first.toString());
    // The first year of a framework has nothing to compare with.
    JsonObject first2021 = get("api/v1/rankings?year=2021").getJsonArray("rows").getJsonObject(0);
    assertTrue(
        !first2021.containsKey("change") || first2021.isNull("change"), first2021.toString());
    assertEquals(
        "S3",
        get("api/v1/rankings?year=2022")
            .getJsonArray("sources")
            .getJsonObject(0)
            .getString("source"));
  }
}
