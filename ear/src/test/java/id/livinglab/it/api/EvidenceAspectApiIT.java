package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.livinglab.it.Deployments;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An assessor assigned to one aspect downloads the evidence of that aspect's indicators only, by
 * REST and by the page servlet, whatever (sequential) id they try (issue 11, point 3). A period of
 * its own: 2022 on SPBE 2020, where indicator 1 is in aspect A1 and indicator 11 in A2.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvidenceAspectApiIT {

  private static final int YEAR = 2022;
  private static final String BASE = "api/v1/assessments/" + YEAR + "/32.11";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private final Assessments api = new Assessments();

  private long upload(String no, String name) throws Exception {
    HttpResponse<String> r =
        api.upload("operator.sumedang", YEAR, "32.11", no, name, Assessments.pdf(name));
    assertEquals(201, r.statusCode(), r.body());
    return Http.object(r).getJsonNumber("id").longValue();
  }

  @Test
  void anAssessorOfOneAspectOpensOnlyThatAspectsEvidence() throws Exception {
    api.openPeriod(YEAR);
    long a1 = upload("1", "kebijakan-arsitektur.pdf");
    long a2 = upload("11", "rencana-induk.pdf");
    assertEquals(
        204,
        api.http
            .put(
                "api/v1/periods/" + YEAR + "/assessors/32.11/asesor1?aspect=A2",
                "text/plain",
                "",
                "Authorization",
                Assessments.user("admin"))
            .statusCode());

    assertEquals(200, api.get("asesor1", BASE + "/evidence/" + a2).statusCode());
    assertEquals(403, api.get("asesor1", BASE + "/evidence/" + a1).statusCode());
    assertEquals(200, api.get("pimpinan.sumedang", BASE + "/evidence/" + a1).statusCode());
    assertEquals(200, api.get("admin", BASE + "/evidence/" + a1).statusCode());

    Visitor page = new Visitor().logInAs("asesor1");
    String servlet = "assessment/evidence?year=" + YEAR + "&code=32.11&id=";
    assertEquals(200, page.get(servlet + a2).statusCode());
    assertEquals(403, page.get(servlet + a1).statusCode());

    // Linked to an indicator of A2 as well, the file serves the A2 assessor too.
    assertEquals(
        204,
        api.post("operator.sumedang", BASE + "/indicators/12/evidence/" + a1, "").statusCode());
    assertEquals(200, api.get("asesor1", BASE + "/evidence/" + a1).statusCode());
  }
}
