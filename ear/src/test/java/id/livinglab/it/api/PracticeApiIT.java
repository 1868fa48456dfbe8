package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalogue of good practices over real HTTP: the shipped practices and the adoptions the news
 * reported, every filter, the detail and the lineage, and refusals of bad parameters.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PracticeApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private final Http http = new Http();

  private List<String> codes(String query) throws Exception {
    HttpResponse<String> r = http.get("api/v1/practices?size=100&" + query);
    assertEquals(200, r.statusCode(), r.body());
    return Http.object(r).getJsonArray("practices").stream()
        .map(v -> v.asJsonObject().getString("code"))
        .toList();
  }

  private JsonObject card(String code) throws Exception {
    return Http.object(http.get("api/v1/practices?size=100")).getJsonArray("practices").stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theShippedPracticesArePublicWithTheirOwnersAndFreshness() throws Exception {
    JsonObject page = Http.object(http.get("api/v1/practices?size=100"));
    assertEquals(20, page.getInt("total"));
    JsonObject eOffice = card("sumedang-e-office");
    assertEquals("32.11", eOffice.getString("owner"));
    assertEquals("PUBLISHED", eOffice.getString("publication"));
    // Compiled from the news, never confirmed by Sumedang on the platform.
    assertEquals("REPORTED", eOffice.getString("freshness"));
    assertEquals(3, eOffice.getInt("adoptions"));
    assertEquals(0, eOffice.getInt("usedBy"));
    // Most adopted first: e-Office (3 reported grants) leads the default order.
    assertEquals("sumedang-e-office", codes("").get(0));
  }

  @Test
  void everyFilterNarrowsTheCatalogue() throws Exception {
    List<String> indicator = codes("indicator=spbe-2020:37");
    assertTrue(indicator.contains("sumedang-e-office"), indicator.toString());
    List<String> aspect = codes("indicator=spbe-2020:A7");
    assertTrue(
        aspect.containsAll(indicator) && aspect.contains("sumedang-e-sakip"), aspect.toString());
    for (String code : aspect) {
      boolean underA7 =
          card(code).getJsonArray("indicators").getValuesAs(jakarta.json.JsonString.class).stream()
              .map(jakarta.json.JsonString::getString)
              .anyMatch(k -> k.matches("spbe-2020:(3[2-9]|4[01])"));
      assertTrue(underA7, code);
    }
    assertEquals(
        Set.of("sidoarjo-e-perizinan", "surabaya-e-government-grms"),
        Set.copyOf(codes("category=G2B")));
    assertTrue(codes("q=BANSOS").contains("sumedang-mauneh"));
    assertTrue(codes("owner=32.11").stream().allMatch(c -> c.startsWith("sumedang-")));
    assertEquals(
        Set.of(
            "surabaya-e-government-grms",
            "sidoarjo-e-perizinan",
            "banyuwangi-smart-kampung",
            "banyuwangi-e-village-budgeting"),
        Set.copyOf(codes("province=35")));
    assertEquals(List.of("jabar-sapawarga"), codes("kind=provinsi"));
    // Of the shipped records only Sapawarga is reported as running at an adopter (Mauneh).
    assertTrue(codes("usedBy=1").contains("jabar-sapawarga"));
    assertFalse(codes("usedBy=1").contains("sumedang-e-office"));
    assertEquals(List.of(), codes("q=tidak-ada-yang-begini"));
  }

  @Test
  void pagingIsInTheAddress() throws Exception {
    JsonObject second = Http.object(http.get("api/v1/practices?size=5&page=2"));
    assertEquals(5, second.getJsonArray("practices").size());
    assertEquals(2, second.getInt("page"));
    assertEquals(4, second.getInt("pages"));
    JsonObject beyond = Http.object(http.get("api/v1/practices?size=5&page=99"));
    assertEquals(4, beyond.getInt("page"));
  }

  @Test
  void aPracticeShowsItsReportedAdoptersAndLineage() throws Exception {
    long id = card("sumedang-e-office").getJsonNumber("id").longValue();
    JsonObject detail = Http.object(http.get("api/v1/practices/" + id));
    JsonArray adoptions = detail.getJsonArray("adoptions");
    assertEquals(
        Set.of("32.79", "35.22", "16.10"),
        Set.copyOf(adoptions.stream().map(a -> a.asJsonObject().getString("adopter")).toList()));
    for (JsonValue v : adoptions) {
      JsonObject a = v.asJsonObject();
      assertEquals("RENCANA", a.getString("stage"));
      assertTrue(a.getBoolean("reported"));
      assertTrue(a.getString("source").startsWith("https://"));
      assertEquals(1, a.getInt("generation"));
    }
    JsonObject banjar =
        adoptions.stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getString("adopter").equals("32.79"))
            .findFirst()
            .orElseThrow();
    assertEquals("2022-01-06", banjar.getJsonArray("stages").getJsonObject(0).getString("date"));
    assertFalse(detail.getJsonArray("raises").isEmpty());
    assertFalse(detail.getJsonArray("raises").getJsonObject(0).getBoolean("approved"));

    JsonObject lineage = Http.object(http.get("api/v1/practices/" + id + "/lineage"));
    assertEquals("32.11", lineage.getString("owner"));
    assertEquals(3, lineage.getJsonArray("adoptions").size());
    // Nothing the news reported is ever shown as verified.
    for (String code : codes("")) {
      long pid = card(code).getJsonNumber("id").longValue();
      for (JsonValue v :
          Http.object(http.get("api/v1/practices/" + pid + "/lineage")).getJsonArray("adoptions")) {
        JsonObject a = v.asJsonObject();
        assertFalse(a.getBoolean("reported") && "TERVERIFIKASI".equals(a.getString("stage")), code);
      }
    }
  }

  @Test
  void badParametersAreRefusedNamingTheParameter() throws Exception {
    for (String[] bad :
        new String[][] {
          {"category=G9", "category"},
          {"indicator=spbe-2020:99", "indicator"},
          {"indicator=tanpa-kerangka", "indicator"},
          {"size=1000", "size"},
          {"usedBy=-1", "usedBy"},
          {"usedBy=1e3000000", "usedBy"},
          {"sort=acak", "sort"},
          {"kind=desa", "kind"},
          {"q=" + "a".repeat(101), "q"}
        }) {
      HttpResponse<String> r = http.get("api/v1/practices?" + bad[0]);
      assertEquals(400, r.statusCode(), bad[0]);
      assertEquals(bad[1], Http.object(r).getString("field"), bad[0]);
    }
    assertEquals(404, http.get("api/v1/practices/999999999").statusCode());
    assertEquals(404, http.get("api/v1/practices/abc").statusCode());
  }

  @Test
  void thePagesAreAtReadableAddresses() throws Exception {
    HttpResponse<String> catalogue = http.get("praktik-baik?indicator=spbe-2020:37");
    assertEquals(200, catalogue.statusCode());
    assertTrue(catalogue.body().contains("Super Aplikasi e-Office"));
    long id = card("sumedang-e-office").getJsonNumber("id").longValue();
    HttpResponse<String> detail = http.get("praktik-baik/" + id);
    assertEquals(200, detail.statusCode());
    assertTrue(detail.body().contains("Pemerintah Kota Banjar"), "adopter named");
    assertTrue(detail.body().contains("dilaporkan"));
    assertEquals(404, http.get("praktik-baik/999999999").statusCode());
    assertEquals(404, http.get("praktik-baik/x/y").statusCode());
    HttpResponse<String> bad = http.get("praktik-baik?category=%3Cscript%3Ealert(7)");
    assertEquals(200, bad.statusCode());
    assertFalse(bad.body().contains("<script>alert(7)"), "a bad value is never echoed unescaped");
    assertTrue(bad.body().contains("&lt;script&gt;alert(7)"), "the refusal names the value");
  }
}
