package id.livinglab.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A peer group named like an attack shows as text and runs nothing on every page with a chart or
 * map: the name reaches the portrait's radar, the group simulation's heading and bar chart, and the
 * rankings filtered by the group (issue 11, point 1).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileTextBrowserIT extends ChromiumTest {

  /** Would mark the page if it ran: closes the chart's inline script and opens one of its own. */
  static final String NAME =
      "Grup</script><script>document.documentElement.dataset.xss='ran'</script><b>&amp;";

  static final String CODE = "grup-uji-xss";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeEach
  void defineHostileGroup() throws Exception {
    String body =
        "{\"name\":\""
            + NAME.replace("\"", "\\\"")
            + "\",\"members\":[\"32.11\",\"32.05\",\"32.08\",\"32.10\",\"32.74\"]}";
    assertEquals(200, admin("PUT", body).statusCode());
  }

  @AfterEach
  void removeGroup() throws Exception {
    admin("DELETE", null);
  }

  @Test
  void aHostileGroupNameIsShownAsTextAndRunsNothing() {
    List<String> pages =
        List.of(
            "instansi/32.11?year=2023",
            "simulation/group.xhtml?group=" + CODE + "&year=2023",
            "benchmark/rankings.xhtml?year=2023&cohort=" + CODE,
            "benchmark/compare.xhtml?codes=32.11,32.05&year=2023",
            "benchmark/map.xhtml",
            "");
    for (String page : pages) {
      driver.get(Deployments.baseUrl() + page);
      assertNull(
          ((JavascriptExecutor) driver)
              .executeScript("return document.documentElement.dataset.xss;"),
          page);
      assertFalse(driver.findElements(By.cssSelector("canvas, #ll-map")).isEmpty(), page);
    }
    driver.get(Deployments.baseUrl() + "simulation/group.xhtml?group=" + CODE + "&year=2023");
    assertTrue(driver.findElement(By.id("group-name")).getText().contains("Grup</script>"));
    // The chart drew from its JSON: Chart.js has an instance on the canvas.
    assertEquals(
        Boolean.TRUE,
        ((JavascriptExecutor) driver)
            .executeScript(
                "var c=document.querySelector('canvas');"
                    + "return !!(c && window.Chart && Chart.getChart(c));"));
  }

  private static HttpResponse<String> admin(String method, String body) throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "api/v1/peer-groups/" + CODE))
            .header("Content-Type", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return Deployments.http().build().send(r.build(), HttpResponse.BodyHandlers.ofString());
  }
}
