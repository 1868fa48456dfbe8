package id.livinglab.web.security;

import static id.livinglab.web.security.SameOrigin.Verdict.CROSS_SITE;
import static id.livinglab.web.security.SameOrigin.Verdict.SAME_SITE;
import static id.livinglab.web.security.SameOrigin.Verdict.SCRIPT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SameOriginTest {

  private final SameOrigin rule = new SameOrigin("https://spbe.example.go.id");

  @Test
  void theOwnPagesPass() {
    assertEquals(SAME_SITE, rule.judge("https://spbe.example.go.id", null));
    assertEquals(SAME_SITE, rule.judge("HTTPS://SPBE.example.go.id:443", null));
    assertEquals(SAME_SITE, rule.judge(null, "https://spbe.example.go.id/livinglab/login.xhtml"));
  }

  @Test
  void anotherSiteIsRefusedWhateverItSends() {
    assertEquals(CROSS_SITE, rule.judge("https://evil.example", null));
    assertEquals(CROSS_SITE, rule.judge("null", null));
    assertEquals(CROSS_SITE, rule.judge("http://spbe.example.go.id", null));
    assertEquals(CROSS_SITE, rule.judge("https://spbe.example.go.id:8443", null));
    assertEquals(CROSS_SITE, rule.judge("https://spbe.example.go.id.evil.example", null));
    assertEquals(CROSS_SITE, rule.judge(null, "https://evil.example/spbe.example.go.id"));
    // Origin wins over a Referer that names us.
    assertEquals(
        CROSS_SITE, rule.judge("https://evil.example", "https://spbe.example.go.id/livinglab/"));
  }

  @Test
  void aScriptSendsNeitherAndPasses() {
    assertEquals(SCRIPT, rule.judge(null, null));
  }

  @Test
  void onlyReadingMethodsAreSafe() {
    assertTrue(SameOrigin.isSafe("GET"));
    assertTrue(SameOrigin.isSafe("HEAD"));
    assertFalse(SameOrigin.isSafe("POST"));
    assertFalse(SameOrigin.isSafe("PUT"));
    assertFalse(SameOrigin.isSafe("PATCH"));
    assertFalse(SameOrigin.isSafe("DELETE"));
    assertFalse(SameOrigin.isSafe("get"));
  }

  @Test
  void anOriginIsSchemeHostAndPort() {
    assertEquals(
        Optional.of("http://localhost:8080"), SameOrigin.originOf("http://LocalHost:8080/x"));
    assertEquals(Optional.of("http://localhost"), SameOrigin.originOf("http://localhost:80"));
    assertEquals(Optional.empty(), SameOrigin.originOf("file:///etc/passwd"));
    assertEquals(Optional.empty(), SameOrigin.originOf("::garbage::"));
  }
}
