package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An adoption over real HTTP: Kuningan adopts Sumedang's Command Center from interest to verified,
 * with every refusal on the way (another region, an operator, a skipped stage, an adopter verifying
 * itself, a missing fact, a hostile link), the audit trail and the lineage; a facilitator records
 * reported history, which never becomes verified.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdoptionApiIT {

  static final String KUNINGAN = Http.basic("koordinator.kuningan", "demo");
  static final String SUMEDANG = Http.basic("koordinator.sumedang", "demo");
  static final String GARUT = Http.basic("koordinator.garut", "demo");
  static final String OPERATOR = Http.basic("operator.sumedang", "demo");
  static final String ADMIN = Http.basic("admin", "demo");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private final Http http = new Http();

  private HttpResponse<String> post(String path, String json, String auth) throws Exception {
    return auth == null
        ? http.send("POST", path, "application/json", HttpRequest.BodyPublishers.ofString(json))
        : http.send(
            "POST",
            path,
            "application/json",
            HttpRequest.BodyPublishers.ofString(json),
            "Authorization",
            auth);
  }

  private HttpResponse<String> stage(long id, String json, String auth) throws Exception {
    return post("api/v1/adoptions/" + id + "/stage", json, auth);
  }

  private long practice(String code) throws Exception {
    return Http.object(http.get("api/v1/practices?size=100")).getJsonArray("practices").stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  /** The text of a PDF the app serves, read back with the app's own PDF library. */
  private String pdfText(String path) throws Exception {
    HttpResponse<byte[]> r =
        Deployments.http()
            .build()
            .send(
                HttpRequest.newBuilder(java.net.URI.create(Deployments.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode());
    assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(r.body());
    StringBuilder text = new StringBuilder();
    com.lowagie.text.pdf.parser.PdfTextExtractor extractor =
        new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    return text.toString().replaceAll("\\s+", " ");
  }

  private static List<String> allowed(HttpResponse<String> r) {
    return Http.object(r).getJsonArray("allowed").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static void assertStage(String stage, HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(stage, Http.object(r).getString("stage"));
  }

  @Test
  void kuninganAdoptsSumedangsCommandCenterFromInterestToVerified() throws Exception {
    long practice = practice("sumedang-command-center");
    // Kuningan's public portrait, now in the page cache, does not name the practice yet.
    assertFalse(http.get("instansi/32.08").body().contains("Sumedang Command Center"));
    HttpResponse<String> started =
        post("api/v1/practices/" + practice + "/adoptions", "{\"adopter\":\"32.08\"}", KUNINGAN);
    assertEquals(201, started.statusCode(), started.body());
    JsonObject a = Http.object(started);
    long id = a.getJsonNumber("id").longValue();
    assertEquals("MINAT", a.getString("stage"));
    assertEquals(List.of("DIHENTIKAN"), allowed(started));
    assertEquals(404, http.get("api/v1/adoptions/" + id + "/letter.pdf").statusCode());
    // An interest is the two parties' business until the owner confirms.
    assertEquals(404, http.get("api/v1/adoptions/" + id).statusCode());
    assertEquals(404, http.get("api/v1/adoptions/" + id, "Authorization", GARUT).statusCode());
    HttpResponse<String> owner = http.get("api/v1/adoptions/" + id, "Authorization", SUMEDANG);
    assertEquals(List.of("DIKONFIRMASI", "DIHENTIKAN"), allowed(owner));
    // Kuningan already adopts it; a second interest is refused.
    assertEquals(
        409,
        post("api/v1/practices/" + practice + "/adoptions", "{\"adopter\":\"32.08\"}", KUNINGAN)
            .statusCode());

    HttpResponse<String> selfConfirm = stage(id, "{\"stage\":\"DIKONFIRMASI\"}", KUNINGAN);
    assertEquals(409, selfConfirm.statusCode());
    assertEquals(List.of("DIHENTIKAN"), allowed(selfConfirm));
    assertEquals(403, stage(id, "{\"stage\":\"DIKONFIRMASI\"}", OPERATOR).statusCode());
    assertStage(
        "DIKONFIRMASI", stage(id, "{\"stage\":\"DIKONFIRMASI\",\"note\":\"Siap\"}", SUMEDANG));
    assertEquals(200, http.get("api/v1/adoptions/" + id).statusCode());
    // The confirmed adoption is public: the cached portrait was dropped and now shows it.
    String portrait = http.get("instansi/32.08").body();
    assertTrue(portrait.contains("Sumedang Command Center"), "portrait shows the adoption");
    // Another region's coordinator acts for neither side.
    assertEquals(403, stage(id, "{\"stage\":\"PERSIAPAN\"}", GARUT).statusCode());

    HttpResponse<String> skip = stage(id, "{\"stage\":\"RENCANA\",\"mode\":\"MAGANG\"}", KUNINGAN);
    assertEquals(409, skip.statusCode());
    assertEquals(List.of("PERSIAPAN", "DIHENTIKAN"), allowed(skip));
    assertTrue(Http.object(skip).getString("detail").contains("PERSIAPAN, DIHENTIKAN"));

    HttpResponse<String> noResources =
        stage(id, "{\"stage\":\"PERSIAPAN\",\"problem\":\"Data tersebar\"}", KUNINGAN);
    assertEquals(400, noResources.statusCode());
    assertEquals("resources", Http.object(noResources).getString("field"));
    HttpResponse<String> prepared =
        stage(
            id,
            "{\"stage\":\"PERSIAPAN\",\"problem\":\"Data tersebar\","
                + "\"resources\":\"Ruang rapat, 3 pranata komputer\"}",
            KUNINGAN);
    assertStage("PERSIAPAN", prepared);
    // The baseline: Kuningan's latest official result when it prepared.
    assertTrue(Http.object(prepared).getInt("baselineYear") >= 2024, prepared.body());

    assertStage("RENCANA", stage(id, "{\"stage\":\"RENCANA\",\"mode\":\"magang\"}", KUNINGAN));
    assertStage("UJI_COBA", stage(id, "{\"stage\":\"UJI_COBA\"}", KUNINGAN));
    HttpResponse<String> hostile =
        stage(id, "{\"stage\":\"DITERAPKAN\",\"evidence\":\"javascript:alert(1)\"}", KUNINGAN);
    assertEquals(400, hostile.statusCode());
    assertEquals("evidence", Http.object(hostile).getString("field"));
    assertStage(
        "DITERAPKAN",
        stage(
            id,
            "{\"stage\":\"DITERAPKAN\",\"evidence\":\"https://cc.kuningankab.go.id\"}",
            KUNINGAN));

    HttpResponse<String> selfVerify = stage(id, "{\"stage\":\"TERVERIFIKASI\"}", KUNINGAN);
    assertEquals(409, selfVerify.statusCode());
    assertEquals(List.of("UJI_COBA", "DIHENTIKAN"), allowed(selfVerify));
    assertEquals(
        409,
        http.get("api/v1/adoptions/" + id + "/statement.pdf", "Authorization", KUNINGAN)
            .statusCode());
    HttpResponse<String> verified = stage(id, "{\"stage\":\"TERVERIFIKASI\"}", SUMEDANG);
    assertStage("TERVERIFIKASI", verified);
    assertEquals(List.of(), allowed(verified));
    assertEquals(7, Http.object(verified).getJsonArray("stages").size());

    String letter = pdfText("api/v1/adoptions/" + id + "/letter.pdf");
    assertTrue(letter.contains("SURAT MINAT REPLIKASI"), letter);
    assertTrue(
        letter.contains("Pemerintah Kab. Kuningan") && letter.contains("Pemerintah Kab. Sumedang"),
        letter);
    assertTrue(letter.contains("Tembusan: Pemerintah Provinsi Jawa Barat"), letter);
    String english = pdfText("api/v1/adoptions/" + id + "/letter.pdf?lang=en");
    assertTrue(english.contains("LETTER OF INTEREST") && english.contains("Courtesy"), english);
    String statement = pdfText("api/v1/adoptions/" + id + "/statement.pdf");
    assertTrue(statement.contains("TELAH MEREPLIKASI"), statement);
    assertTrue(
        statement.contains("Pemerintah Kab. Kuningan")
            && statement.contains("Pemerintah Kab. Sumedang"),
        statement);
    assertTrue(statement.contains("https://cc.kuningankab.go.id"), statement);

    JsonArray trail =
        Http.array(http.get("api/v1/audit?subject=adoption/" + id, "Authorization", ADMIN));
    assertEquals(7, trail.size());
    assertTrue(
        trail.stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                e ->
                    e.getString("detail").startsWith("DITERAPKAN -> TERVERIFIKASI")
                        && e.getString("username").equals("koordinator.sumedang")),
        trail.toString());

    JsonObject lineage = Http.object(http.get("api/v1/practices/" + practice + "/lineage"));
    JsonObject node = lineage.getJsonArray("adoptions").getJsonObject(0);
    assertEquals("32.08", node.getString("adopter"));
    assertEquals("TERVERIFIKASI", node.getString("stage"));
    assertFalse(node.getBoolean("reported"));

    JsonObject sumedang = Http.object(http.get("api/v1/instansi/32.11/adoptions"));
    assertTrue(sumedang.getJsonNumber("adoptedBy").longValue() >= 4);
    JsonObject kuningan = Http.object(http.get("api/v1/instansi/32.08/adoptions"));
    assertEquals(
        id, kuningan.getJsonArray("adopted").getJsonObject(0).getJsonNumber("id").longValue());
  }

  @Test
  void aFacilitatorRecordsReportedHistoryThatNeverBecomesVerified() throws Exception {
    long practice = practice("sumedang-sakip-desa");
    String src = "https://news.detik.com/berita-jawa-barat/d-5299143";
    assertEquals(
        403,
        post(
                "api/v1/practices/" + practice + "/adoptions",
                "{\"adopter\":\"32.08\",\"date\":\"2021-11-15\",\"source\":\"" + src + "\"}",
                KUNINGAN)
            .statusCode());
    HttpResponse<String> badDate =
        post(
            "api/v1/practices/" + practice + "/adoptions",
            "{\"adopter\":\"35.17\",\"date\":\"2999-01-01\",\"source\":\"" + src + "\"}",
            ADMIN);
    assertEquals(400, badDate.statusCode());
    assertEquals("date", Http.object(badDate).getString("field"));
    HttpResponse<String> started =
        post(
            "api/v1/practices/" + practice + "/adoptions",
            "{\"adopter\":\"35.17\",\"date\":\"2021-11-15\",\"source\":\"" + src + "\"}",
            ADMIN);
    assertEquals(201, started.statusCode(), started.body());
    long id = Http.object(started).getJsonNumber("id").longValue();
    assertTrue(Http.object(started).getBoolean("reported"));
    // History skips stages and facts, with its day and source.
    HttpResponse<String> used =
        stage(
            id,
            "{\"stage\":\"DITERAPKAN\",\"date\":\"2022-06-01\",\"source\":\"" + src + "\"}",
            ADMIN);
    assertStage("DITERAPKAN", used);
    assertEquals(
        "2022-06-01", Http.object(used).getJsonArray("stages").getJsonObject(1).getString("date"));
    HttpResponse<String> verify =
        stage(
            id,
            "{\"stage\":\"TERVERIFIKASI\",\"date\":\"2022-07-01\",\"source\":\"" + src + "\"}",
            ADMIN);
    assertEquals(409, verify.statusCode());
    assertTrue(allowed(verify).contains("DIHENTIKAN"));
    assertEquals(400, stage(id, "{\"stage\":\"SELESAI\"}", ADMIN).statusCode());
    // No letter of interest was sent through the platform for reported history.
    assertEquals(409, http.get("api/v1/adoptions/" + id + "/letter.pdf").statusCode());
    assertEquals(404, stage(999_999_999L, "{\"stage\":\"DIKONFIRMASI\"}", ADMIN).statusCode());
  }

  @Test
  void aStateChangeFromAnotherSiteIsRefused() throws Exception {
    long practice = practice("sumedang-e-simpati");
    HttpResponse<String> forged =
        http.send(
            "POST",
            "api/v1/practices/" + practice + "/adoptions",
            "application/json",
            HttpRequest.BodyPublishers.ofString("{\"adopter\":\"32.08\"}"),
            "Authorization",
            KUNINGAN,
            "Origin",
            "https://evil.example");
    assertEquals(403, forged.statusCode());
    assertEquals(
        0,
        Http.object(http.get("api/v1/instansi/32.08/adoptions", "Authorization", KUNINGAN))
            .getJsonArray("adopted")
            .stream()
            .filter(v -> v.asJsonObject().getJsonNumber("practice").longValue() == practice)
            .count());
  }
}
