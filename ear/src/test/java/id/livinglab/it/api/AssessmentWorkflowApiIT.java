package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole evaluation cycle over the REST API on a period of its own (2025, SPBE 2020, whole
 * levels): self-assessment with evidence and every kind of bad input, submission, assessor review
 * with a verdict and a reply, finalisation into the official result. The steps build on each other,
 * so they run in order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssessmentWorkflowApiIT {

  private static final int YEAR = 2025;
  private static final String SUMEDANG = "32.11";
  private static final String BASE = "api/v1/assessments/" + YEAR + "/" + SUMEDANG;
  private static final String OPERATOR = "operator.sumedang";

  private final Assessments api = new Assessments();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private JsonObject indicator(String no) throws Exception {
    return Http.object(api.get(OPERATOR, BASE + "/indicators/" + no));
  }

  @Test
  @Order(1)
  void theOperatorAnswersTwoIndicators() throws Exception {
    api.openPeriod(YEAR);
    HttpResponse<String> first =
        api.save(OPERATOR, YEAR, SUMEDANG, "1", "{\"level\":3,\"explanation\":\"Perbup 12/2024\"}");
    assertEquals(200, first.statusCode(), first.body());
    assertEquals(1, Http.object(first).getInt("version"));
    String script = "<script>alert('x')</script> Arsitektur SPBE";
    HttpResponse<String> second =
        api.save(
            OPERATOR,
            YEAR,
            SUMEDANG,
            "2",
            "{\"level\":4,\"opd\":\"Diskominfosanditik\",\"explanation\":\""
                + script.replace("'", "\\u0027")
                + "\"}");
    assertEquals(200, second.statusCode(), second.body());
    assertEquals(script, indicator("2").getString("explanation"), "stored as text, unchanged");
    JsonObject sheet = Http.object(api.get(OPERATOR, BASE));
    assertTrue(sheet.getJsonObject("self").getBoolean("simulation"));
    assertTrue(sheet.getJsonObject("self").getBoolean("incomplete"));
  }

  @Test
  @Order(2)
  void badInputIsRefusedWithItsFieldAndChangesNothing() throws Exception {
    assertRefused("{\"level\":7,\"explanation\":\"x\"}", 400, "level");
    assertRefused("{\"level\":2.5,\"explanation\":\"x\"}", 400, "level");
    assertRefused("{\"level\":\"tiga\",\"explanation\":\"x\"}", 400, "level");
    assertRefused("{\"level\":2}", 400, "explanation");
    assertRefused("{\"level\":2,\"explanation\":\"" + "x".repeat(4001) + "\"}", 400, "explanation");
    assertRefused("{\"level\":2,\"explanation\":\"" + "x".repeat(1024 * 1024) + "\"}", 400, "body");
    HttpResponse<String> unknown =
        api.save(OPERATOR, YEAR, SUMEDANG, "99", "{\"level\":2,\"explanation\":\"x\"}");
    assertEquals(404, unknown.statusCode());
    JsonObject kept = indicator("1");
    assertEquals(3, kept.getInt("level"));
    assertEquals("Perbup 12/2024", kept.getString("explanation"));
    assertEquals(1, kept.getInt("version"));
  }

  private void assertRefused(String json, int status, String field) throws Exception {
    HttpResponse<String> r = api.save(OPERATOR, YEAR, SUMEDANG, "1", json);
    assertEquals(status, r.statusCode(), r.body());
    assertEquals(field, Http.object(r).getString("field"), r.body());
    assertTrue(Http.object(r).getString("detail").length() > 5, "a clear message");
  }

  @Test
  @Order(3)
  void theSecondOfTwoSavesGetsAConflictAndTheFirstIsKept() throws Exception {
    HttpResponse<String> mine =
        api.save(
            "koordinator.sumedang",
            YEAR,
            SUMEDANG,
            "1",
            "{\"level\":3,\"explanation\":\"Perbup 12/2024 dan SK Tim\",\"version\":1}");
    assertEquals(200, mine.statusCode(), mine.body());
    HttpResponse<String> stale =
        api.save(
            OPERATOR, YEAR, SUMEDANG, "1", "{\"level\":5,\"explanation\":\"lama\",\"version\":1}");
    assertEquals(409, stale.statusCode());
    assertTrue(Http.object(stale).getString("detail").contains("koordinator.sumedang"));
    assertEquals("Perbup 12/2024 dan SK Tim", indicator("1").getString("explanation"));
  }

  @Test
  @Order(4)
  void evidenceIsTypedFromItsContentHashedAndVersioned() throws Exception {
    byte[] pdf = Assessments.pdf("Peraturan Bupati tentang SPBE");
    HttpResponse<String> up = api.upload(OPERATOR, YEAR, SUMEDANG, "1", "perbup.pdf", pdf);
    assertEquals(201, up.statusCode(), up.body());
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
    assertEquals(sha, Http.object(up).getString("sha256"));
    HttpResponse<String> again =
        api.upload(OPERATOR, YEAR, SUMEDANG, "1", "perbup.pdf", Assessments.pdf("revisi"));
    assertEquals(2, Http.object(again).getInt("version"), "a new version, the first kept");

    byte[] exe = new byte[4096];
    exe[0] = 'M';
    exe[1] = 'Z';
    HttpResponse<String> renamed = api.upload(OPERATOR, YEAR, SUMEDANG, "1", "setup.pdf", exe);
    assertEquals(400, renamed.statusCode());

    Assessments.assertRefusedAsTooLarge(
        api.uploadOf(OPERATOR, BASE + "/indicators/1/evidence", 2L << 30, true));
    Assessments.assertRefusedAsTooLarge(
        api.uploadOf(OPERATOR, BASE + "/indicators/1/evidence", 21L << 20, false));
    assertEquals(2, indicator("1").getJsonArray("evidence").size(), "nothing else stored");

    long id = Http.object(up).getJsonNumber("id").longValue();
    HttpResponse<String> link = api.post(OPERATOR, BASE + "/indicators/2/evidence/" + id, "");
    assertEquals(204, link.statusCode(), "one file serves a second indicator");
    assertEquals(1, indicator("2").getJsonArray("evidence").size());
    HttpResponse<String> download = api.get("pimpinan.sumedang", BASE + "/evidence/" + id);
    assertEquals(200, download.statusCode());
    assertTrue(download.body().startsWith("%PDF-"));
    assertEquals(403, api.get("operator.garut", BASE + "/evidence/" + id).statusCode());
  }

  @Test
  @Order(5)
  void onlyTheCoordinatorSubmitsAndThenTheOperatorCanNoLongerEdit() throws Exception {
    assertEquals(403, api.post(OPERATOR, BASE + "/submit", "").statusCode());
    assertEquals(204, api.post("koordinator.sumedang", BASE + "/submit", "").statusCode());
    HttpResponse<String> late =
        api.save(OPERATOR, YEAR, SUMEDANG, "1", "{\"level\":4,\"explanation\":\"terlambat\"}");
    assertEquals(409, late.statusCode());
  }

  @Test
  @Order(6)
  void anAssignedAssessorReScoresWithARevisiNoteAndTheInstansiReplies() throws Exception {
    assertEquals(
        403,
        api.http
            .put(
                BASE + "/indicators/1/review",
                "application/json",
                "{\"level\":2}",
                "Authorization",
                Assessments.user("asesor1"))
            .statusCode(),
        "not assigned yet");
    assertEquals(
        200,
        api.post("admin", "api/v1/periods/" + YEAR + "/advance", "").statusCode(),
        "document stage");
    assertEquals(
        204,
        api.http
            .put(
                "api/v1/periods/" + YEAR + "/assessors/" + SUMEDANG + "/asesor1",
                "text/plain",
                "",
                "Authorization",
                Assessments.user("admin"))
            .statusCode());
    HttpResponse<String> scored =
        api.http.put(
            BASE + "/indicators/1/review",
            "application/json",
            "{\"level\":2,\"note\":\"SK Tim belum ditandatangani\"}",
            "Authorization",
            Assessments.user("asesor1"));
    assertEquals(200, scored.statusCode(), scored.body());
    long evidenceId =
        indicator("1").getJsonArray("evidence").getJsonObject(0).getJsonNumber("id").longValue();
    HttpResponse<String> verdict =
        api.post(
            "asesor1",
            BASE + "/indicators/1/verdicts",
            "{\"evidenceId\":"
                + evidenceId
                + ",\"verdict\":\"REVISI_TIDAK_TEPAT\",\"note\":\"Unggah SK yang ditandatangani\"}");
    assertEquals(201, verdict.statusCode(), verdict.body());
    JsonObject seen = indicator("1");
    assertEquals(new BigDecimal("2.00"), seen.getJsonNumber("externalLevel").bigDecimalValue());
    long verdictId = seen.getJsonArray("verdicts").getJsonObject(0).getJsonNumber("id").longValue();
    assertEquals(
        204,
        api.post(
                OPERATOR,
                BASE + "/verdicts/" + verdictId + "/reply",
                "{\"text\":\"SK ditandatangani 3 Maret\"}")
            .statusCode());
    assertEquals(
        "SK ditandatangani 3 Maret",
        indicator("1").getJsonArray("verdicts").getJsonObject(0).getString("reply"));
    assertEquals(
        403,
        api.http
            .put(
                BASE + "/indicators/1/review",
                "application/json",
                "{\"level\":5}",
                "Authorization",
                Assessments.user("operator.garut"))
            .statusCode());
  }

  @Test
  @Order(7)
  void theAdministratorFinalisesIntoTheOfficialResult() throws Exception {
    assertEquals(409, api.post("admin", BASE + "/finalise", "").statusCode(), "not yet");
    for (int i = 0; i < 3; i++) {
      api.post("admin", "api/v1/periods/" + YEAR + "/advance", "");
    }
    HttpResponse<String> done = api.post("admin", BASE + "/finalise", "");
    assertEquals(200, done.statusCode(), done.body());
    // External 2 on indicator 1 (1.30 %), self 4 kept on indicator 2 (1.30 %), every other
    // indicator at level 1: (2 × 1.30 + 4 × 1.30 + 1 × 97.40) / 100 = 1.052 → 1.05, Kurang.
    assertEquals(
        new BigDecimal("1.05"), Http.object(done).getJsonNumber("index").bigDecimalValue());
    assertEquals("Kurang", Http.object(done).getString("predicate"));
    JsonObject portrait =
        Http.object(api.http.get("api/v1/instansi/" + SUMEDANG + "/portrait?year=" + YEAR));
    assertEquals(
        new BigDecimal("1.05"),
        portrait.getJsonNumber("index").bigDecimalValue(),
        portrait.toString());
    HttpResponse<String> trail =
        api.get("admin", "api/v1/audit?subject=assessment/" + YEAR + "/" + SUMEDANG + "/1");
    assertTrue(trail.body().contains("level: – → 3"), trail.body());
    assertTrue(trail.body().contains("externalLevel: – → 2"), trail.body());
    assertTrue(trail.body().contains("REVISI_TIDAK_TEPAT"), trail.body());
  }
}
