package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Cohort2021;
import id.livinglab.it.Deployments;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What official indicator levels add to the public JSON: the portrait's cheapest steps, the
 * comparison per indicator and the group simulation, on the five regions {@link Cohort2021}
 * finalises (levels and the step counts worked out there and below by hand).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LevelsApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private final Http http = new Http();

  @BeforeAll
  static void finalisedLevels() throws Exception {
    Cohort2021.ensureFinalised();
  }

  private JsonObject get(String path) throws Exception {
    var r = http.get(path);
    assertEquals(200, r.statusCode(), path + " " + r.body());
    return Http.object(r);
  }

  private static BigDecimal number(JsonObject o, String field) {
    return o.getJsonNumber(field).bigDecimalValue();
  }

  /** JSON-B leaves a null out: absent and null are the same answer. */
  private static boolean absent(JsonObject o, String field) {
    return !o.containsKey(field) || o.isNull(field);
  }

  private static void assertValue(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " vs " + actual);
  }

  @Test
  void thePortraitNamesTheThreeCheapestStepsToTheNextPredicate() throws Exception {
    JsonObject steps = get("api/v1/instansi/32.11/portrait?year=2021").getJsonObject("steps");

    // All 47 at 4 (4.00): Memuaskan needs 4.195 exactly (graded rounded); six steps on 42–47 add
    // 0.18 at most, so seven one-level steps on seven indicators, and each of them is 4 → 5.
    assertEquals("planned", steps.getString("status"), steps.toString());
    assertEquals("Memuaskan", steps.getString("target"));
    assertValue("0.20", number(steps, "distance"));
    assertEquals(7, steps.getInt("steps"));
    JsonArray listed = steps.getJsonArray("listed");
    assertEquals(3, listed.size());
    assertEquals(4, steps.getInt("more"));
    JsonObject first = listed.getJsonObject(0);
    // At least one step of 3.00 % is needed (seven of 2.75 % add 0.1925), and it comes first.
    assertTrue(Integer.parseInt(first.getString("indicator")) >= 42, first.toString());
    assertValue("0.03", number(first, "gain"));
    assertValue("4", number(first, "from"));
    assertValue("5", number(first, "to"));
    assertFalse(first.getString("name").isBlank());
    assertEquals("Memuaskan", steps.getString("predicateAfter"));
  }

  @Test
  void thePortraitSaysWhenNoLevelsAreHeldOrTheTopIsReached() throws Exception {
    JsonObject without = get("api/v1/instansi/32.11/portrait?year=2023").getJsonObject("steps");
    JsonObject top = get("api/v1/instansi/32.74/portrait?year=2021").getJsonObject("steps");
    JsonObject close = get("api/v1/instansi/32.10/portrait?year=2021").getJsonObject("steps");

    assertEquals("levels_unknown", without.getString("status"));
    assertEquals(0, without.getJsonArray("listed").size());
    assertEquals("top", top.getString("status"));
    // 2.545 shows 2.55 (Cukup): Baik needs 2.595, two steps of 2.75 or 3.00 %.
    assertEquals("Baik", close.getString("target"));
    assertValue("0.05", number(close, "distance"));
    assertEquals(2, close.getInt("steps"));
    assertEquals(0, close.getInt("more"));
  }

  @Test
  void theComparisonShowsLevelsPerIndicatorBiggestWeightedGapFirst() throws Exception {
    JsonObject indicators =
        get("api/v1/compare?codes=32.11,32.05,32.74&year=2021").getJsonObject("indicators");
    JsonObject published =
        get("api/v1/compare?codes=32.11,32.05&year=2023").getJsonObject("indicators");

    assertEquals(
        Map.of("32.11", JsonValue.TRUE, "32.05", JsonValue.TRUE, "32.74", JsonValue.TRUE),
        indicators.getJsonObject("known"));
    JsonArray rows = indicators.getJsonArray("rows");
    assertEquals(47, rows.size());
    // Kota Cirebon is one level above Sumedang everywhere: gap 1 × the heaviest weight, 3.00 (42).
    JsonObject first = rows.getJsonObject(0);
    assertEquals("42", first.getString("code"));
    assertValue("3.00", number(first, "weighted"));
    assertValue("4", number(first.getJsonObject("values"), "32.11"));
    assertValue("-1", number(first.getJsonObject("differences"), "32.05"));
    assertValue("1", number(first.getJsonObject("differences"), "32.74"));
    // Ties keep framework order: the last of the lightest (1.30 %) indicators 1–10 is last.
    assertEquals("10", rows.getJsonObject(46).getString("code"));
    assertEquals(
        Map.of("32.11", JsonValue.FALSE, "32.05", JsonValue.FALSE),
        published.getJsonObject("known"));
    assertEquals(0, published.getJsonArray("rows").size());
  }

  @Test
  void theCohortsAverageNowAndAfterEveryMembersPlan() throws Exception {
    JsonObject sim = get("api/v1/peer-groups/" + Cohort2021.COHORT + "/simulation?year=2021");
    JsonArray members = sim.getJsonArray("members");

    // The five regions of Cohort2021, and Bandung, Kab. Cirebon and Kota Tasikmalaya with their
    // published 2021 results and official levels (shipped, third party S3): 2.98, 1.91, 2.68.
    assertEquals(8, sim.getInt("membersWithResults"));
    assertTrue(sim.getBoolean("shown"));
    // (4.00 + 3.00 + 2.00 + 2.55 + 5.00 + 2.98 + 1.91 + 2.68) / 8
    assertValue("3.015", number(sim, "averageNow"));
    assertEquals(8, members.size());
    Map<String, Integer> steps = Map.of("32.11", 7, "32.05", 17, "32.08", 20, "32.10", 2);
    Map<String, String> after =
        Map.of(
            "32.11", "Memuaskan",
            "32.05", "Sangat Baik",
            "32.08", "Baik",
            "32.10", "Baik",
            "32.74", "Memuaskan");
    BigDecimal sumAfter = BigDecimal.ZERO;
    BigDecimal previous = null;
    for (JsonObject m : members.getValuesAs(JsonObject.class)) {
      String code = m.getString("code");
      assertEquals("levels", m.getString("status"), m.toString());
      JsonObject plan = m.getJsonObject("steps");
      if (after.containsKey(code)) {
        assertEquals(after.get(code), m.getString("predicateAfter"), code);
      }
      if (steps.containsKey(code)) {
        assertEquals(steps.get(code), plan.getInt("steps"), code);
      } else if (code.equals("32.74")) {
        assertEquals("top", plan.getString("status"));
      } else {
        // A shipped member: its plan reaches the next predicate up.
        assertEquals("planned", plan.getString("status"), m.toString());
      }
      BigDecimal rise = number(m, "indexAfter").subtract(number(m, "index"));
      BigDecimal share = number(m, "share");
      assertValue(
          rise.divide(BigDecimal.valueOf(8)).setScale(4, RoundingMode.HALF_UP).toString(), share);
      assertTrue(previous == null || previous.compareTo(share) >= 0, "largest share first");
      previous = share;
      sumAfter = sumAfter.add(number(m, "indexAfter"));
    }
    assertValue(
        sumAfter.divide(BigDecimal.valueOf(8)).setScale(4, RoundingMode.HALF_UP).toString(),
        number(sim, "averageAfter"));
    assertEquals("32.74", members.getJsonObject(7).getString("code"), "the top moves nothing");
  }

  @Test
  void underFiveMembersWithResultsTheAveragesAreHiddenWithTheReason() throws Exception {
    // Gorontalo (75): its province and three of its regions have a published 2021 result.
    var r =
        http.get("api/v1/peer-groups/province:75/simulation?year=2021", "Accept-Language", "en");
    JsonObject sim = Http.object(r);

    assertEquals(4, sim.getInt("membersWithResults"));
    assertFalse(sim.getBoolean("shown"));
    assertTrue(absent(sim, "averageNow"));
    assertTrue(absent(sim, "averageAfter"));
    assertTrue(sim.getString("hiddenReason").contains("only 4 members"), sim.toString());
    assertTrue(absent(sim.getJsonArray("members").getJsonObject(0), "share"));
    assertFalse(absent(sim.getJsonArray("members").getJsonObject(0), "indexAfter"));
  }

  @Test
  void aTargetAppliesToEveryMemberAndMembersWithoutLevelsAreHeld() throws Exception {
    JsonObject target =
        get("api/v1/peer-groups/" + Cohort2021.COHORT + "/simulation?year=2021&target=Memuaskan");
    JsonObject published = get("api/v1/peer-groups/" + Cohort2021.COHORT + "/simulation?year=2023");

    JsonObject cirebon =
        target.getJsonArray("members").getValuesAs(JsonObject.class).stream()
            .filter(m -> m.getString("code").equals("32.74"))
            .findFirst()
            .orElseThrow();
    assertEquals("reached", cirebon.getJsonObject("steps").getString("status"));
    assertEquals("Memuaskan", target.getString("target"));
    // 2023: eight published results, no levels: everyone is held, the average does not move.
    assertEquals(8, published.getInt("membersWithResults"));
    assertValue("3.3825", number(published, "averageNow"));
    assertValue("3.3825", number(published, "averageAfter"));
    published
        .getJsonArray("members")
        .getValuesAs(JsonObject.class)
        .forEach(m -> assertEquals("held", m.getString("status"), m.toString()));
    assertEquals(404, http.get("api/v1/peer-groups/tidak-ada/simulation?year=2021").statusCode());
    assertEquals(
        400,
        http.get("api/v1/peer-groups/" + Cohort2021.COHORT + "/simulation?year=2021&target=Hebat")
            .statusCode());
  }
}
