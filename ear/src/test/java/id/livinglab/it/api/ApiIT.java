package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API over real HTTP: public portraits, Basic login, problem responses. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private final HttpClient http = Deployments.http().build();

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  @Test
  void thePortraitOfSumedangIsPublic() throws Exception {
    HttpResponse<String> response = get("api/v1/instansi/32.11/portrait?year=2023");

    assertEquals(200, response.statusCode());
    JsonObject portrait = json(response);
    assertEquals("4.14", portrait.getJsonNumber("index").bigDecimalValue().toPlainString());
    assertEquals("Sangat Baik", portrait.getString("predicate"));
    assertEquals("spbe-2020", portrait.getString("framework"));
    assertEquals(4, portrait.getJsonArray("nodes").size());
  }

  @Test
  void anUnknownInstansiIsAProblemInTheCallersLanguage() throws Exception {
    HttpResponse<String> id = get("api/v1/instansi/99.99");
    HttpResponse<String> en = get("api/v1/instansi/99.99", "Accept-Language", "en");

    assertEquals(404, id.statusCode());
    assertTrue(
        id.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    assertEquals(
        "Instansi dengan kode \u201C99.99\u201D tidak ditemukan.", json(id).getString("detail"));
    assertEquals("No instansi has the code \u201C99.99\u201D.", json(en).getString("detail"));
  }

  @Test
  void basicLoginOfOperatorSumedangYieldsRoleOperatorAndInstansi3211() throws Exception {
    HttpResponse<String> response =
        get("api/v1/me", "Authorization", basic("operator.sumedang", "demo"));

    assertEquals(200, response.statusCode());
    JsonObject me = json(response);
    assertEquals("operator.sumedang", me.getString("username"));
    assertEquals("operator", me.getJsonArray("roles").getString(0));
    assertEquals("32.11", me.getString("instansiCode"));
    assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "the API keeps no session");
  }

  @Test
  void noOrWrongCredentialsAre401WithAChallenge() throws Exception {
    HttpResponse<String> none = get("api/v1/me");
    HttpResponse<String> wrong =
        get("api/v1/me", "Authorization", basic("operator.garut", "salah"));

    assertEquals(401, none.statusCode());
    assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertEquals(401, wrong.statusCode());
  }

  @Test
  void repeatedFailuresMakeEvenTheRightPasswordWait() throws Exception {
    for (int i = 0; i < 6; i++) {
      assertEquals(
          401, get("api/v1/me", "Authorization", basic("asesor1", "tebakan" + i)).statusCode());
    }

    // Six failures: the next attempt must wait 8 s, so the right password is refused now.
    assertEquals(401, get("api/v1/me", "Authorization", basic("asesor1", "demo")).statusCode());
  }
}
