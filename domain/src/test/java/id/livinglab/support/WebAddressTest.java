package id.livinglab.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebAddressTest {

  @Test
  void onlyHttpAddressesWithAHostAreLinked() {
    assertTrue(WebAddress.isSafe("https://korsum.id/pemkab-sumedang?x=1"));
    assertTrue(WebAddress.isSafe("HTTP://example.org"));
    assertFalse(WebAddress.isSafe("javascript:alert(1)"));
    assertFalse(WebAddress.isSafe("JavaScript://example.org/%0aalert(1)"));
    assertFalse(WebAddress.isSafe("data:text/html,<script>"));
    assertFalse(WebAddress.isSafe("//example.org"));
    assertFalse(WebAddress.isSafe("https:///nohost"));
    assertFalse(WebAddress.isSafe("https://example.org/" + "a".repeat(500)));
    assertFalse(WebAddress.isSafe(null));
    assertNull(WebAddress.linkable("javascript:alert(1)"));
    assertEquals("https://a.id", WebAddress.linkable(" https://a.id "));
  }
}
