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

/**
 * Every 401 of the API is ours: a problem response in UTF-8, in the caller's language, with the
 * Basic challenge, also where the container answers before any resource runs (issue 11, point 14).
 * Credentials without a password stand for wrong ones: they take the same path without counting as
 * a failed login of this client (the throttle would slow the other tests down).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnauthorizedApiIT {

  private static final String NO_PASSWORD = "Basic bm9jb2xvbg==";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private final Http http = new Http();

  private static void assertOurs(HttpResponse<String> r, String detail) {
    assertEquals(401, r.statusCode());
    String type = r.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("application/problem+json"), type);
    assertTrue(type.toLowerCase(java.util.Locale.ROOT).contains("charset=utf-8"), type);
    assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertEquals(detail, Http.object(r).getString("detail"), r.body());
    assertEquals(401, Http.object(r).getInt("status"));
  }

  @Test
  void wrongCredentialsOnAProtectedPathAreOurProblemInTheCallersLanguage() throws Exception {
    assertOurs(http.get("api/v1/me", "Authorization", NO_PASSWORD), "Autentikasi diperlukan.");
    assertOurs(
        http.get("api/v1/me", "Authorization", NO_PASSWORD, "Accept-Language", "en"),
        "Authentication required.");
  }

  @Test
  void noCredentialsOnAProtectedPathToo() throws Exception {
    assertOurs(http.get("api/v1/assessments", "Accept-Language", "en"), "Authentication required.");
    assertOurs(http.get("api/v1/action-plans/2026/32.11"), "Autentikasi diperlukan.");
  }
}
