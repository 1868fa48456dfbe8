package id.livinglab.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.livinglab.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class TextInputTest {

  @Test
  void controlCharactersAndBidiOverridesAreRefusedNamingTheField() {
    String[] refused = {
      "Diskominfo\u0000",
      "a\u001b[31mb",
      "a\u007fb",
      "x\u202Ay",
      "Kota \u202Eabaj",
      "a\u2066b",
      "a\u2069b"
    };
    for (String text : refused) {
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class, () -> TextInput.required("ownerOpd", text, 200), text);
      assertEquals("ownerOpd", e.field());
      assertEquals("error.text.control", e.messageKey());
    }
    assertThrows(InvalidInputException.class, () -> TextInput.optional("opd", "a\u0007", 200));
  }

  @Test
  void tabsLineBreaksAndOrdinaryLettersPass() {
    assertEquals(
        "Perbup 12/2024\n\tPasal 3\r\n— Bupati Sumedang",
        TextInput.required("explanation", "Perbup 12/2024\n\tPasal 3\r\n— Bupati Sumedang", 4000));
    assertEquals("Diskominfo", TextInput.plain("ownerOpd", "Diskominfo"));
  }
}
