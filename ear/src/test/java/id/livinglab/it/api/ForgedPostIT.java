package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.livinglab.it.Deployments;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Garut's operator, logged in on the pages, cannot reach Sumedang's draft: not by its address
 * (403), and not by a hand-made post of Garut's own indicator form that names Sumedang in its
 * parameters. The service's instansi check refuses it, and Sumedang's answer stays as it was. A
 * period of its own (2023), open for self-assessment whatever other tests do to theirs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForgedPostIT {

  private final Visitor browser = new Visitor();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static JsonObject sumedangIndicator7() throws Exception {
    return Http.object(
        new Http()
            .get(
                "api/v1/assessments/2023/32.11/indicators/7",
                "Authorization",
                Http.basic("operator.sumedang", "demo")));
  }

  @Test
  void anotherRegionsOperatorCannotReadOrChangeTheDraftByPage() throws Exception {
    new Assessments().openPeriod(2023);
    JsonObject before = sumedangIndicator7();
    browser.logInAs("operator.garut");

    assertEquals(403, browser.get("assessment/sheet.xhtml?year=2023&code=32.11").statusCode());
    assertEquals(
        403, browser.get("assessment/indicator.xhtml?year=2023&code=32.11&no=7").statusCode());

    HttpResponse<String> own = browser.get("assessment/indicator.xhtml?year=2023&code=32.05&no=7");
    assertEquals(200, own.statusCode());
    Map<String, String> forged = new LinkedHashMap<>();
    forged.put("self", "self");
    forged.put("self:level", "5");
    forged.put("self:opd", "Diskominfo");
    forged.put("self:explanation", "nilai palsu");
    forged.put("self:save", "");
    forged.put("jakarta.faces.ViewState", Visitor.viewState(own));
    HttpResponse<String> answer =
        browser.post("assessment/indicator.xhtml?year=2023&code=32.11&no=7", forged);

    assertEquals(403, answer.statusCode(), answer.body());
    assertFalse(answer.body().contains("Tersimpan."));
    JsonObject after = sumedangIndicator7();
    assertEquals(before.get("level"), after.get("level"));
    assertEquals(before.get("explanation"), after.get("explanation"));
    assertEquals(before.getInt("version"), after.getInt("version"));
  }
}
