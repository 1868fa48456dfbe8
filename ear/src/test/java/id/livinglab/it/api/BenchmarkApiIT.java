package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Rankings, comparisons and portraits over the public REST API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BenchmarkApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private final Http http = new Http();

  @Test
  void theCohortRankingHasEightMembersAndItsMean() throws Exception {
    JsonObject r = Http.object(http.get("api/v1/rankings?year=2023&cohort=livinglab-jabar-2023"));

    assertEquals(8, r.getInt("count"));
    assertEquals(0, new BigDecimal("3.3825").compareTo(r.getJsonNumber("mean").bigDecimalValue()));
    assertEquals("32.11", r.getJsonArray("rows").getJsonObject(0).getString("instansiCode"));
    assertEquals(2, r.getJsonObject("predicates").getInt("Sangat Baik"));
  }

  @Test
  void rankingFiltersAreCheckedAndTheyCombine() throws Exception {
    JsonObject kota = Http.object(http.get("api/v1/rankings?year=2023&kind=kota&province=32"));

    assertEquals(9, kota.getInt("count"));
    assertTrue(
        kota.getJsonArray("rows").stream()
            .allMatch(v -> v.asJsonObject().getString("kind").equals("kota")));
    assertEquals(400, http.get("api/v1/rankings?kind=desa").statusCode());
    assertEquals(400, http.get("api/v1/rankings?cohort=tidak-ada").statusCode());
    // No results before 2018 (the first published year): a 404, not an empty ranking.
    assertEquals(404, http.get("api/v1/rankings?year=2017").statusCode());
  }

  @Test
  void compareSumedangWithGarutAndTheReferences() throws Exception {
    JsonObject c = Http.object(http.get("api/v1/compare?codes=32.11,32.05&year=2023"));
    JsonArray columns = c.getJsonArray("columns");

    assertEquals(4, columns.size());
    assertEquals("best-province", columns.getJsonObject(2).getString("key"));
    assertEquals("32.15", columns.getJsonObject(2).getString("instansiCode"));
    assertEquals("top10-kind", columns.getJsonObject(3).getString("key"));
    assertEquals(40, columns.getJsonObject(3).getInt("members"));
    JsonObject first = c.getJsonArray("gaps").getJsonObject(0);
    assertEquals("D2", first.getString("code"));
    assertEquals(0, new BigDecimal("0.60").compareTo(first.getJsonNumber("gap").bigDecimalValue()));
    assertEquals(
        0, new BigDecimal("15").compareTo(first.getJsonNumber("weighted").bigDecimalValue()));
  }

  @Test
  void thePortraitCarriesRanksTheNextPredicateAndTheGroups() throws Exception {
    JsonObject p = Http.object(http.get("api/v1/instansi/32.11/portrait?year=2023"));

    assertEquals(29, p.getJsonObject("ranks").getInt("national"));
    assertEquals(2, p.getJsonObject("ranks").getInt("province"));
    assertEquals("Memuaskan", p.getJsonObject("next").getString("predicate"));
    assertEquals(4, p.getJsonArray("references").size());
    assertEquals(8, p.getJsonArray("references").getJsonObject(3).getInt("members"));
  }

  @Test
  void theMapHasEveryProvinceAndRegencyWithAResult() throws Exception {
    JsonObject provinces = Http.object(http.get("api/v1/map?level=province&year=2023"));
    JsonObject regencies = Http.object(http.get("api/v1/map?level=regency&year=2023"));

    assertEquals(38, provinces.getJsonObject("regions").size());
    assertEquals(398 + 93, regencies.getJsonObject("regions").size());
    assertEquals(
        "Sangat Baik",
        regencies.getJsonObject("regions").getJsonObject("32.11").getString("predicate"));
    assertEquals(400, http.get("api/v1/map?level=desa").statusCode());
  }

  @Test
  void compareRefusesSixInstansiAndOnesWithoutAResult() throws Exception {
    assertEquals(
        400, http.get("api/v1/compare?codes=32.11,32.05,32.04,32.08,32.09,32.10").statusCode());
    assertEquals(404, http.get("api/v1/compare?codes=99.99").statusCode());
    assertEquals(400, http.get("api/v1/compare").statusCode());
  }
}
