package id.livinglab.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Official indicator levels for 2021 (SPBE 2020, graded on the rounded index), made the way a real
 * cycle makes them, over the REST API: the administrator opens the period, each region's demo
 * coordinator enters its levels and submits, the administrator moves the period to Finalisasi and
 * finalises. Five regions of the Living Lab West Java cohort, so that the cohort's averages may be
 * shown; 2021's platform assessments belong to these tests alone (the shipped 2021 results they
 * replace are published data of a third party, see ResultsApiIT). Idempotent: on a database where
 * an earlier test class of the run finalised them, it does nothing.
 *
 * <p>The levels, every indicator the same unless said (weights: 1–10 1.30, 11–20 2.50, 21–31 1.50,
 * 32–41 2.75, 42–47 3.00 %):
 *
 * <ul>
 *   <li>32.11 Sumedang: 4 → 4.00 Sangat Baik, 0.20 below Memuaskan;
 *   <li>32.05 Garut: 3 → 3.00 Baik;
 *   <li>32.08 Kuningan: 2 → 2.00 Cukup;
 *   <li>32.10 Majalengka: 3 on 1–31, 2 on 32–47 → 2.545, shown 2.55 Cukup (0.05 below Baik);
 *   <li>32.74 Kota Cirebon: 5 → 5.00 Memuaskan, the top.
 * </ul>
 *
 * The cohort's other three members (32.04, 32.09, 32.78) have no 2021 result.
 */
public final class Cohort2021 {

  public static final int YEAR = 2021;
  public static final String COHORT = "livinglab-jabar-2023";

  /** Instansi code → its coordinator and its level per indicator number. */
  public static final Map<String, Region> REGIONS = new LinkedHashMap<>();

  /** A region of the fixture. */
  public record Region(String coordinator, IntUnaryOperator level) {}

  static {
    REGIONS.put("32.11", new Region("koordinator.sumedang", no -> 4));
    REGIONS.put("32.05", new Region("koordinator.garut", no -> 3));
    REGIONS.put("32.08", new Region("koordinator.kuningan", no -> 2));
    REGIONS.put("32.10", new Region("koordinator.majalengka", no -> no <= 31 ? 3 : 2));
    REGIONS.put("32.74", new Region("koordinator.kotacirebon", no -> 5));
  }

  private static final HttpClient CLIENT = Deployments.http().build();

  private Cohort2021() {}

  /** Makes sure the five regions hold finalised 2021 assessments. */
  public static synchronized void ensureFinalised() throws Exception {
    Map<String, Region> open = new LinkedHashMap<>();
    REGIONS.forEach(
        (code, region) -> {
          if (!finalisedHere(code)) {
            open.put(code, region);
          }
        });
    if (open.isEmpty()) {
      return;
    }
    expect(send("POST", "api/v1/periods", "{\"year\":" + YEAR + "}", "admin"), 201, 409);
    if ("MANDIRI".equals(stage())) {
      for (Map.Entry<String, Region> e : open.entrySet()) {
        String base = "api/v1/assessments/" + YEAR + "/" + e.getKey();
        for (int no = 1; no <= 47; no++) {
          String body =
              "{\"level\":"
                  + e.getValue().level().applyAsInt(no)
                  + ",\"explanation\":\"Tingkat uji simulasi kelompok 2021\"}";
          expect(send("PUT", base + "/indicators/" + no, body, e.getValue().coordinator()), 200);
        }
        expect(send("POST", base + "/submit", "", e.getValue().coordinator()), 204);
      }
    }
    for (int i = 0; i < 5 && !"FINALISASI".equals(stage()); i++) {
      expect(send("POST", "api/v1/periods/" + YEAR + "/advance", "", "admin"), 200);
    }
    for (String code : open.keySet()) {
      expect(
          send("POST", "api/v1/assessments/" + YEAR + "/" + code + "/finalise", "", "admin"), 200);
    }
  }

  /** Whether the region's 2021 result is one finalised on the platform (source LL). */
  private static boolean finalisedHere(String code) {
    try {
      HttpResponse<String> r =
          send("GET", "api/v1/instansi/" + code + "/portrait?year=" + YEAR, null, null);
      expect(r, 200);
      JsonObject provenance = json(r).getJsonObject("provenance");
      return provenance != null && "LL".equals(provenance.getString("source"));
    } catch (Exception e) {
      throw new AssertionError("reading the portrait of " + code, e);
    }
  }

  private static String stage() throws Exception {
    HttpResponse<String> r = send("GET", "api/v1/periods", null, null);
    expect(r, 200);
    return Json.createReader(new StringReader(r.body())).readArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getInt("year") == YEAR)
        .map(p -> p.getString("stage"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no period " + YEAR + ": " + r.body()));
  }

  private static JsonObject json(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  private static HttpResponse<String> send(String method, String path, String body, String user)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (user != null) {
      b.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void expect(HttpResponse<String> r, int... statuses) {
    for (int s : statuses) {
      if (r.statusCode() == s) {
        return;
      }
    }
    throw new AssertionError(
        r.request().method() + " " + r.request().uri() + ": " + r.statusCode() + " " + r.body());
  }
}
