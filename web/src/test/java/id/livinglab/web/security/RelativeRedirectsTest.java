package id.livinglab.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RelativeRedirectsTest {

  @Test
  void aPathStaysAsItIs() {
    assertEquals(
        "/livinglab/instansi/32.11", RelativeRedirects.relative("/livinglab/instansi/32.11"));
    assertEquals("login.xhtml?from=%2Fx", RelativeRedirects.relative("login.xhtml?from=%2Fx"));
  }

  @Test
  void anAbsoluteAddressLosesItsHost() {
    assertEquals(
        "/livinglab/?lang=en",
        RelativeRedirects.relative("http://evil.example/livinglab/?lang=en"));
    assertEquals("/x", RelativeRedirects.relative("//evil.example/x"));
    assertEquals("/", RelativeRedirects.relative("https://evil.example"));
  }

  @Test
  void somethingThatIsNoAddressGoesToTheRoot() {
    assertEquals("/", RelativeRedirects.relative("http://exa mple/%%"));
  }
}
