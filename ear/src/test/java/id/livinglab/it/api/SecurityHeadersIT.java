package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The headers of every answer (security issue, point 6) over real HTTP: the policy that keeps the
 * pages out of frames and plugins, no sniffing, no referrer to other sites, no version banner,
 * nothing personal kept in a cache, and redirects that never carry a host.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private final Http http = new Http();

  private static String header(HttpResponse<String> r, String name) {
    return r.headers().firstValue(name).orElse("");
  }

  private static void assertCommon(HttpResponse<String> r, String what) {
    assertEquals("nosniff", header(r, "X-Content-Type-Options"), what);
    assertEquals("same-origin", header(r, "Referrer-Policy"), what);
    assertEquals("DENY", header(r, "X-Frame-Options"), what);
    String csp = header(r, "Content-Security-Policy");
    assertTrue(csp.contains("frame-ancestors 'none'"), what + ": " + csp);
    assertTrue(csp.contains("object-src 'none'"), what + ": " + csp);
    assertTrue(csp.contains("base-uri 'self'"), what + ": " + csp);
    assertFalse(r.headers().firstValue("X-Powered-By").isPresent(), what);
    assertFalse(header(r, "Server").contains("Payara"), what + ": " + header(r, "Server"));
  }

  @Test
  void aPublicPageAndAnApiAnswerCarryThePolicies() throws Exception {
    HttpResponse<String> page = http.get("instansi/32.11");
    assertEquals(200, page.statusCode());
    assertCommon(page, "page");
    assertTrue(header(page, "Content-Security-Policy").contains("form-action 'self'"));

    HttpResponse<String> api = http.get("api/v1/national-index");
    assertEquals(200, api.statusCode());
    assertCommon(api, "api");
    assertTrue(header(api, "Content-Security-Policy").contains("default-src 'none'"));

    HttpResponse<String> missing = http.get("api/v1/instansi/99.99");
    assertEquals(404, missing.statusCode());
    assertCommon(missing, "an error");
  }

  @Test
  void whatALoggedInCallerReceivesIsNeverStored() throws Exception {
    HttpResponse<String> me =
        http.get("api/v1/me", "Authorization", Http.basic("operator.sumedang", "demo"));
    assertEquals(200, me.statusCode(), me.body());
    assertTrue(header(me, "Cache-Control").contains("no-store"), header(me, "Cache-Control"));
  }

  @Test
  void aRedirectToTheLoginIsAPathNotAnAddress() throws Exception {
    HttpResponse<String> r = http.get("assessment/index.xhtml");
    assertEquals(302, r.statusCode());
    String location = header(r, "Location");
    assertTrue(location.startsWith("/") && !location.startsWith("//"), location);
  }
}
