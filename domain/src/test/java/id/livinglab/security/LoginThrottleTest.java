package id.livinglab.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final String OFFICE = "10.32.11.5";
  private static final String STRANGER = "203.0.113.9";

  private static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-11-22T08:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle = new LoginThrottle(3, 20, Duration.ofSeconds(60), clock);

  @Test
  void threeFailuresAreFreeThenEachAttemptWaitsTwiceAsLong() {
    for (int i = 0; i < 3; i++) {
      assertEquals(Duration.ZERO, throttle.waitFor(OFFICE, "operator.sumedang"));
      throttle.failed(OFFICE, "operator.sumedang");
    }
    assertEquals(Duration.ofSeconds(1), throttle.waitFor(OFFICE, "operator.sumedang"));

    clock.now = clock.now.plusSeconds(1);
    throttle.failed(OFFICE, "Operator.Sumedang ");

    assertEquals(Duration.ofSeconds(2), throttle.waitFor(OFFICE, "operator.sumedang"));
  }

  @Test
  void theWaitIsCapped() {
    for (int i = 0; i < 30; i++) {
      throttle.failed(OFFICE, "asesor1");
    }

    assertEquals(Duration.ofSeconds(60), throttle.waitFor(OFFICE, "asesor1"));
  }

  @Test
  void aStrangerCannotLockACivilServantOut() {
    for (int i = 0; i < 10; i++) {
      clock.now = clock.now.plusSeconds(1);
      throttle.failed(STRANGER, "koordinator.sumedang");
    }

    assertEquals(Duration.ZERO, throttle.waitFor(OFFICE, "koordinator.sumedang"));
    assertTrue(throttle.waitFor(STRANGER, "koordinator.sumedang").compareTo(Duration.ZERO) > 0);
  }

  @Test
  void oneClientTryingManyAccountsIsSlowedDownToo() {
    for (int i = 0; i < 20; i++) {
      throttle.failed(STRANGER, "user" + i);
    }

    assertEquals(Duration.ofSeconds(1), throttle.waitFor(STRANGER, "operator.garut"));
    assertEquals(Duration.ZERO, throttle.waitFor(OFFICE, "operator.garut"));
  }

  @Test
  void successClearsTheRecordAndOtherUsersAreUntouched() {
    for (int i = 0; i < 5; i++) {
      throttle.failed(OFFICE, "admin");
    }
    assertEquals(Duration.ZERO, throttle.waitFor(OFFICE, "operator.garut"));

    throttle.succeeded(OFFICE, "admin");

    assertEquals(Duration.ZERO, throttle.waitFor(OFFICE, "admin"));
  }

  @Test
  void failuresAreForgottenAQuarterOfAnHourAfterTheLast() {
    for (int i = 0; i < 25; i++) {
      throttle.failed(OFFICE, "user" + i);
    }
    clock.now = clock.now.plus(Duration.ofMinutes(16));

    assertEquals(Duration.ZERO, throttle.waitFor(OFFICE, "user0"));
    throttle.failed(OFFICE, "user0");
    assertEquals(Duration.ZERO, throttle.waitFor(OFFICE, "user1"), "counting starts again");
  }
}
