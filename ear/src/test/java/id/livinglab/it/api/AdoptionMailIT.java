package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.livinglab.it.Deployments;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications reach a real SMTP server (GreenMail, on the port the test domain was configured
 * with): Majalengka's interest in a Sumedang practice is mailed to Sumedang's coordinator, and the
 * confirmation back to Majalengka's, each with the link to the adoption.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdoptionMailIT {

  private static GreenMail smtp;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeAll
  static void startSmtp() {
    int port = Integer.getInteger("it.mail.port", 28025);
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  private final Http http = new Http();

  private HttpResponse<String> post(String path, String json, String user) throws Exception {
    return http.send(
        "POST",
        path,
        "application/json",
        HttpRequest.BodyPublishers.ofString(json),
        "Authorization",
        Http.basic(user, "demo"));
  }

  private static MimeMessage mailTo(String address) throws Exception {
    for (int i = 0; i < 30; i++) {
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
            .anyMatch(a -> a.toString().equals(address))) {
          return m;
        }
      }
      smtp.waitForIncomingEmail(1000, smtp.getReceivedMessages().length + 1);
    }
    throw new AssertionError("no mail to " + address);
  }

  @Test
  void theSideWhoseMoveIsNextGetsAMail() throws Exception {
    long practice =
        Http.object(http.get("api/v1/practices?owner=32.11&size=100"))
            .getJsonArray("practices")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getString("code").equals("sumedang-simpati"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> started =
        post(
            "api/v1/practices/" + practice + "/adoptions",
            "{\"adopter\":\"32.10\"}",
            "koordinator.majalengka");
    assertEquals(201, started.statusCode(), started.body());
    long id = Http.object(started).getJsonNumber("id").longValue();

    MimeMessage interest = mailTo("koordinator.sumedang@demo.livinglab.id");
    assertTrue(interest.getSubject().contains("Pemerintah Kab. Majalengka"), interest.getSubject());
    assertTrue(interest.getSubject().endsWith("Minat"), interest.getSubject());
    String body = (String) interest.getContent();
    assertTrue(body.contains("/adoption/adoption.xhtml?id=" + id), body);
    assertTrue(body.contains("Langkah berikutnya menunggu Anda"), body);
    assertTrue(body.contains("The next step awaits you"), "English below: " + body);

    assertEquals(
        200,
        post(
                "api/v1/adoptions/" + id + "/stage",
                "{\"stage\":\"DIKONFIRMASI\"}",
                "koordinator.sumedang")
            .statusCode());
    MimeMessage confirmed = mailTo("koordinator.majalengka@demo.livinglab.id");
    assertTrue(confirmed.getSubject().endsWith("Dikonfirmasi"), confirmed.getSubject());
  }
}
