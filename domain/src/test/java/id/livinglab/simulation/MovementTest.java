package id.livinglab.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MovementTest {

  private static Movement of(String from, String to, String next) {
    return Movement.of(
        new BigDecimal(from), new BigDecimal(to), Optional.ofNullable(next).map(BigDecimal::new));
  }

  @Test
  void noLaterResultIsAwaited() {
    assertEquals(Movement.AWAITING, of("2", "3", null));
  }

  @Test
  void reachingOrPassingTheTargetIsReached() {
    assertEquals(Movement.REACHED, of("2", "3", "3.00"));
    assertEquals(Movement.REACHED, of("2", "3", "4"));
  }

  @Test
  void aPemdiValueBetweenStartAndTargetRosePartly() {
    assertEquals(Movement.PARTLY, of("1.26", "2", "1.80"));
  }

  @Test
  void stayingOrFallingIsNotMoved() {
    assertEquals(Movement.NOT_MOVED, of("2", "3", "2"));
    assertEquals(Movement.NOT_MOVED, of("2", "3", "1"));
  }
}
