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
    // The 20 shipped records (a test may have added drafts and published practices of its own).
    assertTrue(page.getInt("total") >= 20, page.toString());
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
    List<String> sumedang = codes("owner=32.11");
    assertTrue(sumedang.size() >= 10, sumedang.toString());
    for (String code : sumedang) {
      assertEquals("32.11", card(code).getString("owner"), code);
    }
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
    String banjar = http.get("instansi/32.79").body();
    assertTrue(
        banjar.contains("Super Aplikasi e-Office") && banjar.contains("dilaporkan"), "adopted");
    assertTrue(http.get("instansi/32.11").body().contains("diadopsi oleh"));
    assertEquals(404, http.get("praktik-baik/x/y").statusCode());
    HttpResponse<String> bad = http.get("praktik-baik?category=%3Cscript%3Ealert(7)");
    assertEquals(200, bad.statusCode());
    assertFalse(bad.body().contains("<script>alert(7)"), "a bad value is never echoed unescaped");
    assertTrue(bad.body().contains("&lt;script&gt;alert(7)"), "the refusal names the value");
  }

  private HttpResponse<String> send(String method, String path, String json, String auth)
      throws Exception {
    return http.send(
        method,
        path,
        "application/json",
        json == null
            ? java.net.http.HttpRequest.BodyPublishers.noBody()
            : java.net.http.HttpRequest.BodyPublishers.ofString(json),
        "Authorization",
        auth);
  }

  @Test
  void anOwnerDraftsACuratorPublishesAndTheOwnerConfirms() throws Exception {
    String sumedang = Http.basic("koordinator.sumedang", "demo");
    String garut = Http.basic("koordinator.garut", "demo");
    String admin = Http.basic("admin", "demo");
    String hostile = "Tanda Tangan </script><script>alert(1)</script> Desa";
    String body =
        "{\"title\":\""
            + hostile.replace("/", "\\/")
            + "\",\"owner\":\"32.11\","
            + "\"categories\":[\"G2G\",\"g2e\"],\"summary\":\"Surat desa ditandatangani"
            + " elektronik.\",\"problem\":\"Surat lambat\",\"yearStarted\":2021,"
            + "\"sources\":[\"https://sumedangkab.go.id\"]}";
    assertEquals(
        403,
        send("POST", "api/v1/practices", body.replace("32.11", "32.05"), sumedang).statusCode());
    HttpResponse<String> created = send("POST", "api/v1/practices", body, sumedang);
    assertEquals(201, created.statusCode(), created.body());
    JsonObject card = Http.object(created).getJsonObject("card");
    long id = card.getJsonNumber("id").longValue();
    assertEquals("DRAFT", card.getString("publication"));
    assertEquals(hostile, card.getString("title"));
    // A draft is private to its owner instansi.
    assertEquals(404, http.get("api/v1/practices/" + id).statusCode());
    assertEquals(404, http.get("api/v1/practices/" + id, "Authorization", garut).statusCode());
    assertEquals(200, http.get("api/v1/practices/" + id, "Authorization", sumedang).statusCode());
    assertFalse(codes("").contains(card.getString("code")));
    assertEquals(404, send("PUT", "api/v1/practices/" + id, body, garut).statusCode());

    for (String[] bad :
        new String[][] {
          {"{\"framework\":\"spbe-2020\",\"indicator\":\"37\",\"from\":2,\"to\":7}", "to"},
          {"{\"framework\":\"spbe-2020\",\"indicator\":\"37\",\"from\":4,\"to\":2}", "to"},
          {"{\"framework\":\"spbe-2020\",\"indicator\":\"A7\",\"from\":1,\"to\":2}", "indicator"},
          {"{\"framework\":\"spbe-1999\",\"indicator\":\"37\",\"from\":1,\"to\":2}", "framework"}
        }) {
      HttpResponse<String> r =
          send("POST", "api/v1/practices/" + id + "/indicators", bad[0], sumedang);
      assertEquals(400, r.statusCode(), bad[0]);
      assertEquals(bad[1], Http.object(r).getString("field"), bad[0]);
    }
    HttpResponse<String> badUrl =
        send(
            "PUT",
            "api/v1/practices/" + id,
            body.replace("https://sumedangkab.go.id", "javascript:alert(1)"),
            sumedang);
    assertEquals(400, badUrl.statusCode());
    assertEquals("sources", Http.object(badUrl).getString("field"));
    HttpResponse<String> linked =
        send(
            "POST",
            "api/v1/practices/" + id + "/indicators",
            "{\"framework\":\"spbe-2020\",\"indicator\":\"37\",\"from\":2,\"to\":4,"
                + "\"reason\":\"Naskah desa elektronik\"}",
            sumedang);
    assertEquals(200, linked.statusCode(), linked.body());
    assertFalse(Http.object(linked).getJsonArray("raises").getJsonObject(0).getBoolean("approved"));

    assertEquals(
        403, send("POST", "api/v1/practices/" + id + "/publish", null, sumedang).statusCode());
    HttpResponse<String> published =
        send("POST", "api/v1/practices/" + id + "/publish", null, admin);
    assertEquals(200, published.statusCode(), published.body());
    assertTrue(
        Http.object(published).getJsonArray("raises").getJsonObject(0).getBoolean("approved"));
    assertEquals(
        409, send("POST", "api/v1/practices/" + id + "/publish", null, admin).statusCode());
    assertTrue(codes("indicator=spbe-2020:37").contains(card.getString("code")));

    assertEquals(
        403, send("POST", "api/v1/practices/" + id + "/confirm", null, garut).statusCode());
    HttpResponse<String> confirmed =
        send("POST", "api/v1/practices/" + id + "/confirm", null, sumedang);
    assertEquals("CURRENT", Http.object(confirmed).getJsonObject("card").getString("freshness"));
    assertEquals(
        4,
        Http.array(http.get("api/v1/audit?subject=practice/" + id, "Authorization", admin)).size());

    HttpResponse<String> page = http.get("praktik-baik/" + id);
    assertFalse(page.body().contains("<script>alert(1)"), "the title is escaped");
    assertTrue(page.body().contains("&lt;script&gt;alert(1)"));
  }
}
