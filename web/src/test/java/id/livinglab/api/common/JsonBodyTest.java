package id.livinglab.api.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.livinglab.common.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every JSON body is refused for, and the field each refusal names. */
class JsonBodyTest {

  private static InvalidInputException refused(String body) {
    return assertThrows(InvalidInputException.class, () -> JsonBody.parse(body));
  }

  @Test
  void aNumberBeyondTheBoundIsRefusedNamingItsPath() {
    InvalidInputException e = refused("{\"budget\":1e3000000}");
    assertEquals("budget", e.field());
    assertEquals("error.number.bounds", e.messageKey());
    assertEquals("target.index", refused("{\"target\":{\"index\":1e-3000000}}").field());
    assertEquals("effort.11.1", refused("{\"effort\":{\"11\":[1,1E+400]}}").field());
    assertEquals("steps.0.effort", refused("{\"steps\":[{\"effort\":1e20}]}").field());
    assertEquals(
        "levels.1", refused("{\"levels\":{\"1\":3.0000000000000000000000000000001}}").field());
  }

  @Test
  void aRefusedNumberIsNeverEchoed() {
    assertEquals(List.of("budget", 20, 10), refused("{\"budget\":1e3000000}").arguments());
  }

  @Test
  void numbersWithinTheBoundAreReadExactly() {
    JsonBody b = JsonBody.parse("{\"a\":1.17,\"b\":99999999999999999999.9999999999}");
    assertEquals(new BigDecimal("1.17"), b.decimal("a"));
    assertEquals(new BigDecimal("99999999999999999999.9999999999"), b.decimal("b"));
  }

  @Test
  void deepNestingIsRefusedBeforeTheParserTiresOfIt() {
    String deep = "[".repeat(1000) + "]".repeat(1000);
    InvalidInputException e = refused("{\"levels\":" + deep + "}");
    assertEquals("body", e.field());
    assertEquals("error.body.depth", e.messageKey());
    String allowed = "[".repeat(StrictJson.MAX_DEPTH - 1) + "]".repeat(StrictJson.MAX_DEPTH - 1);
    JsonBody.parse("{\"a\":" + allowed + "}");
  }

  @Test
  void aKeyGivenTwiceIsRefused() {
    InvalidInputException e = refused("{\"year\":2024,\"year\":2021}");
    assertEquals("year", e.field());
    assertEquals("error.body.duplicateKey", e.messageKey());
    assertEquals("target.index", refused("{\"target\":{\"index\":1,\"index\":2}}").field());
  }

  @Test
  void controlCharactersInAnyTextAreRefused() {
    assertEquals("ownerOpd", refused("{\"ownerOpd\":\"Diskominfo\\u0000\"}").field());
    assertEquals("ownerOpd", refused("{\"ownerOpd\":\"a\\u001b[31m\"}").field());
    assertEquals("name", refused("{\"name\":\"Kota \u202Eabaj\"}").field());
    assertEquals("name", refused("{\"name\":\"a\u2066b\"}").field());
    assertEquals("tab\tand\nlines", JsonBody.parse("{\"t\":\"tab\\tand\\nlines\"}").text("t"));
  }

  @Test
  void aYearMustBeAPlausibleYearNotAnIntThatWraps() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> JsonBody.parse("{\"year\":4294969322}").year("year"));
    assertEquals("year", e.field());
    assertEquals("error.field.year", e.messageKey());
    assertEquals(2026, JsonBody.parse("{\"year\":2026}").year("year"));
  }

  @Test
  void malformedOrNonObjectBodiesNameTheBody() {
    assertEquals("error.body.json", refused("{\"a\":").messageKey());
    assertEquals("error.body.json", refused("[1]").messageKey());
    assertEquals("error.body.json", refused("{} {}").messageKey());
  }
}
