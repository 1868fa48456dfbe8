package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests that another site can make a browser send change nothing (issue 11, points 2 and 5): a
 * plain HTML form posting CSV as text/plain to the import, body-less posts, multipart uploads,
 * forced logins and logouts; a session id in the address is refused; scripts (no Origin) and the
 * application's own pages keep working.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteApiIT {

  static final String EVIL = "https://evil.example";
  static final String ADMIN = Http.basic("admin", "demo");
  static final String CSV = "year,instansi_code,d1,d2,d3,d4\n2023,32.11,1.00,1.00,1.00,1.00\n";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private final Http http = new Http();
  private final Assessments api = new Assessments();

  private static String ownOrigin() {
    URI base = URI.create(Deployments.baseUrl());
    return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
  }

  private String sumedang2023() throws Exception {
    return Http.array(http.get("api/v1/results?year=2023")).stream()
        .map(v -> v.asJsonObject())
        .filter(r -> "32.11".equals(r.getString("instansiCode", r.getString("code", ""))))
        .findFirst()
        .orElseThrow()
        .toString();
  }

  @Test
  void aFormOnAnotherSiteCannotReplaceAYearsPublishedResults() throws Exception {
    String before = sumedang2023();

    HttpResponse<String> plain =
        http.post(
            "api/v1/results/import", "text/plain", CSV, "Authorization", ADMIN, "Origin", EVIL);
    HttpResponse<String> csv =
        http.post("api/v1/results/import", "text/csv", CSV, "Authorization", ADMIN, "Origin", EVIL);
    HttpResponse<String> referer =
        http.post(
            "api/v1/results/import",
            "text/csv",
            CSV,
            "Authorization",
            ADMIN,
            "Referer",
            EVIL + "/form.html");
    HttpResponse<String> hidden =
        http.post(
            "api/v1/results/import", "text/csv", CSV, "Authorization", ADMIN, "Origin", "null");

    for (HttpResponse<String> r : List.of(plain, csv, referer, hidden)) {
      assertEquals(403, r.statusCode(), r.body());
      assertTrue(
          r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
      assertTrue(Http.object(r).getString("detail").contains("situs lain"), r.body());
    }
    // A script may still import, but text/csv only: text/plain is what a plain form can send.
    assertEquals(
        415,
        http.post("api/v1/results/import", "text/plain", CSV, "Authorization", ADMIN).statusCode());
    assertEquals(before, sumedang2023(), "nothing changed");
  }

  @Test
  void bodylessPostsAndUploadsFromAnotherSiteChangeNothing() throws Exception {
    api.openPeriod(2022);
    String before = http.get("api/v1/periods").body();

    HttpResponse<String> advance =
        http.send(
            "POST",
            "api/v1/periods/2022/advance",
            null,
            HttpRequest.BodyPublishers.noBody(),
            "Authorization",
            ADMIN,
            "Origin",
            EVIL,
            "Accept-Language",
            "en");
    HttpResponse<String> upload =
        http.send(
            "POST",
            "api/v1/assessments/2022/32.11/indicators/1/evidence",
            "multipart/form-data; boundary=" + Assessments.BOUNDARY,
            HttpRequest.BodyPublishers.ofByteArray(
                Assessments.multipart("perbup.pdf", Assessments.pdf("Perbup"))),
            "Authorization",
            Assessments.user("operator.sumedang"),
            "Origin",
            EVIL);

    assertEquals(403, advance.statusCode(), advance.body());
    assertTrue(Http.object(advance).getString("detail").contains("another site"), advance.body());
    assertEquals(403, upload.statusCode(), upload.body());
    assertEquals(before, http.get("api/v1/periods").body(), "the period did not move");
    assertEquals(
        0,
        Http.object(api.get("operator.sumedang", "api/v1/assessments/2022/32.11/indicators/1"))
            .getJsonArray("evidence")
            .size(),
        "nothing uploaded");
  }

  @Test
  void theApplicationsOwnPagesAndScriptsKeepWorking() throws Exception {
    String group = "{\"name\":\"Uji asal\",\"members\":[\"32.11\",\"32.05\"]}";

    HttpResponse<String> own =
        http.put(
            "api/v1/peer-groups/uji-asal",
            "application/json",
            group,
            "Authorization",
            ADMIN,
            "Origin",
            ownOrigin());
    HttpResponse<String> script =
        http.send(
            "DELETE",
            "api/v1/peer-groups/uji-asal",
            null,
            HttpRequest.BodyPublishers.noBody(),
            "Authorization",
            ADMIN);

    assertEquals(200, own.statusCode(), own.body());
    assertEquals(204, script.statusCode(), script.body());
  }

  @Test
  void loginAndLogoutCannotBeForcedFromAnotherSite() throws Exception {
    Visitor victim = new Visitor();
    HttpResponse<String> forcedLogin = victim.logIn("operator.garut", "demo", "Origin", EVIL);
    assertEquals(403, forcedLogin.statusCode());
    assertEquals(302, victim.get("assessment/index.xhtml").statusCode(), "still not logged in");

    Visitor user = new Visitor().logInAs("operator.sumedang");
    assertEquals(200, user.get("assessment/index.xhtml").statusCode());
    HttpResponse<String> forcedLogout = user.post("logout", Map.of(), "Origin", EVIL);
    assertEquals(403, forcedLogout.statusCode());
    assertEquals(200, user.get("assessment/index.xhtml").statusCode(), "still logged in");
  }

  @Test
  void aSessionIdInTheAddressIsRefusedAndTheCookieIsSameSite() throws Exception {
    assertEquals(400, http.get("instansi/32.11;jsessionid=0123456789ABCDEF").statusCode());
    assertEquals(400, http.get("login.xhtml;JSESSIONID=0123456789ABCDEF?lang=en").statusCode());

    HttpResponse<String> page = http.get("instansi/32.11?lang=en");
    List<String> cookies = page.headers().allValues("Set-Cookie");
    assertFalse(cookies.isEmpty(), "choosing a language opens a session");
    for (String cookie : cookies) {
      if (cookie.startsWith("JSESSIONID=")) {
        assertTrue(cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
      }
    }
  }

  @Test
  void theThirdFailedLoginIsAPlainFailureAndTheFourthWaits() throws Exception {
    Visitor guesser = new Visitor();
    for (int i = 1; i <= 3; i++) {
      String page = guesser.logIn("uji.tebak", "salah" + i).body();
      assertTrue(page.contains("Nama pengguna atau kata sandi salah"), "attempt " + i);
      assertFalse(page.contains("Terlalu banyak"), "attempt " + i);
    }
    assertTrue(guesser.logIn("uji.tebak", "salah4").body().contains("Terlalu banyak"));
  }
}
