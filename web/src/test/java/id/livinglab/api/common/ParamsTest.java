package id.livinglab.api.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.livinglab.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class ParamsTest {

  @Test
  void aYearThatIsNoNumberOrOutOfRangeIsRefusedNamingTheParameter() {
    for (String bad : new String[] {"abc", "4294969322", "1999", "2101", "-2024", "20 24"}) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> Params.year("year", bad), bad);
      assertEquals("year", e.field());
    }
    assertEquals(2023, Params.year("year", "2023"));
    assertNull(Params.year("year", null));
    assertNull(Params.year("year", ""));
  }

  @Test
  void aLimitOutOfRangeIsRefusedNotClamped() {
    assertEquals(
        "limit",
        assertThrows(
                InvalidInputException.class,
                () -> Params.integer("limit", "99999999999", 1, 100, 20))
            .field());
    assertThrows(InvalidInputException.class, () -> Params.integer("limit", "0", 1, 100, 20));
    assertEquals(20, Params.integer("limit", null, 1, 100, 20));
    assertEquals(100, Params.integer("limit", "100", 1, 100, 20));
  }
}
