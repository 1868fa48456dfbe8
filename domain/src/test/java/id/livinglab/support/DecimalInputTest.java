package id.livinglab.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecimalInputTest {

  @Test
  void hugeExponentsEitherWayAreRefusedWithoutExpandingThem() {
    assertFalse(DecimalInput.bounded(new BigDecimal("1e3000000")));
    assertFalse(DecimalInput.bounded(new BigDecimal("1e-3000000")));
    assertFalse(DecimalInput.bounded(new BigDecimal("-1E+999999999")));
    assertEquals(Optional.empty(), DecimalInput.parse("1e-999999999"));
  }

  @Test
  void twentyDigitsBeforeThePointAndTenAfterItAreTheBound() {
    assertTrue(DecimalInput.bounded(new BigDecimal("99999999999999999999.9999999999")));
    assertFalse(DecimalInput.bounded(new BigDecimal("100000000000000000000")));
    assertFalse(DecimalInput.bounded(new BigDecimal("1e20")));
    assertTrue(DecimalInput.bounded(new BigDecimal("1e19")));
    assertFalse(DecimalInput.bounded(new BigDecimal("0.00000000001")));
    assertFalse(DecimalInput.bounded(new BigDecimal("3.0000000000000000000000000000001")));
  }

  @Test
  void trailingZerosAndOrdinaryValuesPass() {
    assertTrue(DecimalInput.bounded(new BigDecimal("3.000000000000000000")));
    assertTrue(DecimalInput.bounded(new BigDecimal("0E-40")));
    assertTrue(DecimalInput.bounded(new BigDecimal("-2.75")));
    assertEquals(Optional.of(new BigDecimal("4.14")), DecimalInput.parse(" 4.14 "));
  }

  @Test
  void aLongTextIsNotParsedAtAll() {
    assertEquals(Optional.empty(), DecimalInput.parse("1." + "0".repeat(100)));
    assertEquals(Optional.empty(), DecimalInput.parse("abc"));
    assertEquals(Optional.empty(), DecimalInput.parse(""));
  }

  @Test
  void csvCellsAreReadThroughTheBound() throws Exception {
    Csv.Row row = Csv.read(new StringReader("a,b\n1e3000000,2.5\n")).get(0);

    assertEquals(Optional.empty(), row.decimal("a"));
    assertEquals(Optional.of(new BigDecimal("2.5")), row.decimal("b"));
  }
}
