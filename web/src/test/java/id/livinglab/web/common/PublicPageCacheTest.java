package id.livinglab.web.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A rendered page is cut at its one personal part, or kept whole. */
class PublicPageCacheTest {

  private static PublicPageCache.Page page(String body) {
    return PublicPageCache.Page.of(body.getBytes(StandardCharsets.UTF_8), "text/html");
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Test
  void aPageIsCutAroundItsPersonalPart() {
    var page = page("<header>x<!--ll-personal--><a>Masuk</a><!--/ll-personal--></header>Potret");

    assertTrue(page.personalised());
    assertEquals("<header>x", text(page.before()));
    assertEquals("<!--ll-personal--><a>Masuk</a><!--/ll-personal-->", text(page.personal()));
    assertEquals("</header>Potret", text(page.after()));
    byte[] mine = "<!--ll-personal-->Sekda<!--/ll-personal-->".getBytes(StandardCharsets.UTF_8);
    assertEquals(page.before().length + mine.length + page.after().length, page.length(mine));
  }

  @Test
  void aPageWithoutOnePersonalPartIsKeptWhole() {
    for (String body :
        new String[] {
          "<header>Selamat datang, Sekda</header>",
          "<!--ll-personal-->a<!--/ll-personal--><!--ll-personal-->b<!--/ll-personal-->",
          "<!--ll-personal-->never closed"
        }) {
      var page = page(body);

      assertFalse(page.personalised(), body);
      assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), page.before(), body);
      assertEquals(0, page.after().length, body);
    }
  }
}
