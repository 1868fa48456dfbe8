package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Public pages open no session for anonymous visitors, and a new import shows at once. Logged-in
 * users get the cached public pages with their own header: never another user's, never in another
 * language, and an anonymous visitor never gets theirs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPageCacheIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  /** Display names in the embedded directory (demo-users.ldif). */
  private static final String SUMEDANG = "Sekretaris Daerah Kabupaten Sumedang";

  private static final String GARUT = "Operator SPBE Kabupaten Garut";
  private static final List<String> PUBLIC_PAGES =
      List.of("instansi/32.11", "benchmark/rankings.xhtml", "benchmark/rankings.xhtml?kind=kota");

  private final Http http = new Http();

  @Test
  void anonymousPublicPagesOpenNoSession() throws Exception {
    for (String page :
        new String[] {"", "instansi/32.11", "benchmark/rankings.xhtml", "benchmark/map.xhtml"}) {
      HttpResponse<String> response = http.get(page);
      assertEquals(200, response.statusCode(), page);
      assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), page);
    }
  }

  @Test
  void anImportedResultReplacesTheCachedPortraitAtOnce() throws Exception {
    assertTrue(http.get("instansi/32.05").body().contains("3,29"));
    String admin = Http.basic("admin", "demo");
    String header = "year,instansi_code,d1,d2,d3,d4,indeks,predikat\n";
    String original = "2023,32.05,4.00,3.10,2.09,3.63,3.29,Baik\n";
    String changed = "2023,32.05,4.00,3.10,2.09,3.73,3.33,Baik\n";
    String others =
        String.join(
            "\n",
            Files.readAllLines(ResultsApiIT.RESULTS_2023).stream()
                .skip(1)
                .filter(l -> !l.startsWith("2023,32.05,"))
                .map(ResultsApiIT::publishedColumns)
                .toList());
    try {
      assertEquals(
          200,
          http.post(
                  "api/v1/results/import",
                  "text/csv",
                  header + others + "\n" + changed,
                  "Authorization",
                  admin)
              .statusCode());
      assertTrue(http.get("instansi/32.05").body().contains("3,33"));
    } finally {
      http.post(
          "api/v1/results/import",
          "text/csv",
          header + others + "\n" + original,
          "Authorization",
          admin);
    }
  }

  @Test
  void aLoggedInUsersHeaderReachesNobodyElse() throws Exception {
    for (String page : PUBLIC_PAGES) {
      Visitor anonymous = new Visitor();
      Visitor sumedang = new Visitor().logInAs("pimpinan.sumedang");
      Visitor garut = new Visitor().logInAs("operator.garut");

      String anonymousBefore = anonymous.page(page);
      String sumedangFirst = sumedang.page(page);
      String sumedangAgain = sumedang.page(page);
      String garutFirst = garut.page(page);
      String garutAgain = garut.page(page);
      String anonymousAfter = anonymous.page(page);

      assertEquals(sumedangFirst, sumedangAgain, page);
      assertEquals(garutFirst, garutAgain, page);
      assertTrue(sumedangAgain.contains(SUMEDANG), page);
      assertFalse(sumedangAgain.contains(GARUT), page);
      assertTrue(garutAgain.contains(GARUT), page);
      assertFalse(garutAgain.contains(SUMEDANG), page);
      for (String seen : List.of(anonymousBefore, anonymousAfter)) {
        assertFalse(seen.contains(SUMEDANG), page);
        assertFalse(seen.contains(GARUT), page);
        assertTrue(seen.contains("id=\"ll-login\""), page);
      }
      assertEquals(anonymousBefore, anonymousAfter, page);
    }
  }

  @Test
  void eachVisitorKeepsTheirOwnLanguage() throws Exception {
    for (String page : PUBLIC_PAGES) {
      String lang = (page.contains("?") ? "&" : "?") + "lang=";
      Visitor sumedang = new Visitor().logInAs("pimpinan.sumedang");
      sumedang.page(page + lang + "en");
      Visitor garut = new Visitor().logInAs("operator.garut");
      garut.page(page + lang + "id");
      Visitor anonymousEnglish = new Visitor();
      anonymousEnglish.page(page + lang + "en");
      Visitor anonymous = new Visitor();

      for (int twice = 0; twice < 2; twice++) {
        String english = sumedang.page(page);
        assertTrue(english.contains("lang=\"en\""), page);
        assertTrue(english.contains("Head of instansi"), page);
        assertTrue(english.contains("Log out"), page);
        String indonesian = garut.page(page);
        assertTrue(indonesian.contains("lang=\"id\""), page);
        assertTrue(indonesian.contains("Keluar"), page);
        assertFalse(indonesian.contains("Log out"), page);
        String anonymousInEnglish = anonymousEnglish.page(page);
        assertTrue(anonymousInEnglish.contains("lang=\"en\""), page);
        assertTrue(anonymousInEnglish.contains("Log in"), page);
        assertFalse(anonymousInEnglish.contains(SUMEDANG), page);
        String plain = anonymous.page(page);
        assertTrue(plain.contains("lang=\"id\""), page);
        assertFalse(plain.contains("Log in"), page);
      }
    }
  }

  @Test
  void aHomePageThatGreetsTheUserIsNeverShared() throws Exception {
    Visitor sumedang = new Visitor().logInAs("pimpinan.sumedang");
    Visitor garut = new Visitor().logInAs("operator.garut");
    Visitor anonymous = new Visitor();

    assertTrue(sumedang.page("").contains(SUMEDANG));
    assertTrue(sumedang.page("").contains("id=\"ll-welcome\""));
    String garutHome = garut.page("");
    String anonymousHome = anonymous.page("");

    assertTrue(garutHome.contains(GARUT));
    assertFalse(garutHome.contains(SUMEDANG));
    assertFalse(anonymousHome.contains(SUMEDANG));
    assertFalse(anonymousHome.contains("id=\"ll-welcome\""));
  }
}
