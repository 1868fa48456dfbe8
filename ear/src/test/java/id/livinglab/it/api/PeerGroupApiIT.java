package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.livinglab.it.Deployments;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Peer groups an administrator defines: used by rankings at once, audited, role-checked. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeerGroupApiIT {

  static final String ADMIN = Http.basic("admin", "demo");
  static final String GROUP =
      "{\"name\":\"Kota besar Jawa\",\"members\":[\"32.75\",\"32.73\",\"33.74\",\"34.71\",\"35.78\"]}";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private final Http http = new Http();

  private static HttpResponse<String> send(String method, String path, String body, String auth)
      throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (auth != null) {
      r.header("Authorization", auth);
    }
    return Deployments.http().build().send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anAdministratorDefinesAGroupThatRankingsUseAtOnceAndRemovesIt() throws Exception {
    assertEquals(200, send("PUT", "api/v1/peer-groups/kota-besar-jawa", GROUP, ADMIN).statusCode());

    JsonObject ranking = Http.object(http.get("api/v1/rankings?year=2023&cohort=kota-besar-jawa"));
    assertEquals(5, ranking.getInt("count"));
    assertEquals(
        "peer-group.define",
        Http.array(
                http.get("api/v1/audit?subject=peer-group/kota-besar-jawa", "Authorization", ADMIN))
            .getJsonObject(0)
            .getString("action"));

    assertEquals(
        204, send("DELETE", "api/v1/peer-groups/kota-besar-jawa", null, ADMIN).statusCode());
    assertEquals(400, http.get("api/v1/rankings?year=2023&cohort=kota-besar-jawa").statusCode());
  }

  @Test
  void onlyAnAdministratorMayDefineAndTheCohortIsReadOnly() throws Exception {
    String operator = Http.basic("operator.sumedang", "demo");

    assertEquals(401, send("PUT", "api/v1/peer-groups/tanpa-login", GROUP, null).statusCode());
    assertEquals(
        403, send("PUT", "api/v1/peer-groups/milik-operator", GROUP, operator).statusCode());
    assertEquals(
        400, send("PUT", "api/v1/peer-groups/livinglab-jabar-2023", GROUP, ADMIN).statusCode());
    assertEquals(
        400, send("DELETE", "api/v1/peer-groups/livinglab-jabar-2023", null, ADMIN).statusCode());
  }

  @Test
  void badDefinitionsSayWhatIsWrongAndStoreNothing() throws Exception {
    HttpResponse<String> unknown =
        send("PUT", "api/v1/peer-groups/salah", "{\"name\":\"X\",\"members\":[\"99.99\"]}", ADMIN);
    HttpResponse<String> badCode = send("PUT", "api/v1/peer-groups/Bad%20Code", GROUP, ADMIN);
    HttpResponse<String> noName =
        send("PUT", "api/v1/peer-groups/tanpa-nama", "{\"members\":[\"32.11\"]}", ADMIN);

    assertEquals(400, unknown.statusCode());
    assertEquals("members", Http.object(unknown).getString("field"));
    assertEquals(400, badCode.statusCode());
    assertEquals("code", Http.object(badCode).getString("field"));
    assertEquals("name", Http.object(noName).getString("field"));
    assertEquals(
        1, Http.array(http.get("api/v1/peer-groups")).size(), "only the shipped cohort remains");
  }
}
