package id.livinglab.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActionTaskTest {

  @Test
  void anEffortMustFitTheColumnExactlyRatherThanBeRounded() {
    assertFalse(ActionTask.effortFits(new BigDecimal("0.00001")), "would be stored as 0");
    assertFalse(ActionTask.effortFits(new BigDecimal("1e16")), "would fail the insert");
    assertFalse(ActionTask.effortFits(new BigDecimal("1e20")));
    assertTrue(ActionTask.effortFits(new BigDecimal("999999999999999.9999")));
    assertTrue(ActionTask.effortFits(new BigDecimal("2.50000")));
    assertTrue(ActionTask.effortFits(BigDecimal.ZERO));
    assertTrue(ActionTask.effortFits(new BigDecimal("1e3")));
  }

  @Test
  void deadlinesLieWithinTenYearsAhead() {
    LocalDate today = LocalDate.of(2026, 12, 2);
    assertEquals(LocalDate.of(2036, 12, 2), ActionTask.latestDeadline(today));
    assertEquals(LocalDate.of(2000, 1, 1), ActionTask.earliestDeadline());
  }
}
