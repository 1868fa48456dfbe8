package id.livinglab.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void aYearInAMessageHasNoGroupingSeparator() {
    assertEquals(
        "Belum ada periode evaluasi tahun 2026.",
        Languages.message(Languages.INDONESIAN, "error.period.notFound", 2026));
    assertTrue(
        Languages.message(Languages.ENGLISH, "error.period.notFound", 2026).contains("2026"));
    assertTrue(
        Languages.message(Languages.INDONESIAN, "error.stage.closed", "A", "B", 2026)
            .contains("periode 2026"));
  }

  @Test
  void aCountThatAsksForGroupingGetsIt() {
    assertTrue(
        Languages.message(Languages.INDONESIAN, "import.rejected", 100_000).contains("100.000"));
  }

  @Test
  void everyKeyIsInBothLanguages() throws Exception {
    Set<String> id = keys("messages_id.properties");
    Set<String> en = keys("messages_en.properties");
    Set<String> onlyId = new TreeSet<>(id);
    onlyId.removeAll(en);
    Set<String> onlyEn = new TreeSet<>(en);
    onlyEn.removeAll(id);
    assertEquals(Set.of(), onlyId, "keys missing in English");
    assertEquals(Set.of(), onlyEn, "keys missing in Bahasa Indonesia");
  }

  private static Set<String> keys(String file) throws Exception {
    Properties p = new Properties();
    try (InputStream in = LanguagesTest.class.getResourceAsStream("/id/livinglab/i18n/" + file)) {
      p.load(in);
    }
    return p.stringPropertyNames();
  }
}
