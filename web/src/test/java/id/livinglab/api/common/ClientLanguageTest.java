package id.livinglab.api.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.livinglab.web.i18n.Languages;
import org.junit.jupiter.api.Test;

class ClientLanguageTest {

  @Test
  void aMalformedHeaderIsReadRangeByRangeInsteadOfFailing() {
    assertEquals(Languages.ENGLISH, ClientLanguage.fromHeader("en;q=2"));
    assertEquals(Languages.INDONESIAN, ClientLanguage.fromHeader("id;q=x, en"));
    assertEquals(Languages.INDONESIAN, ClientLanguage.fromHeader(";;;,,"));
  }

  @Test
  void weightsDecideInAWellFormedHeader() {
    assertEquals(Languages.ENGLISH, ClientLanguage.fromHeader("id;q=0.5, en-GB;q=0.9"));
    assertEquals(Languages.INDONESIAN, ClientLanguage.fromHeader("fr, id-ID, en"));
    assertEquals(Languages.INDONESIAN, ClientLanguage.fromHeader("en;q=0"));
  }
}
