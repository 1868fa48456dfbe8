package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Public pages open no session for anonymous visitors, and a new import shows at once. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPageCacheIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

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
            java.nio.file.Files.readAllLines(ResultsApiIT.RESULTS_2023).stream()
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
}
