package id.livinglab.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-11-22T08:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofSeconds(60), clock);

  @Test
  void threeFailuresAreFreeThenEachAttemptWaitsTwiceAsLong() {
    for (int i = 0; i < 3; i++) {
      assertEquals(Duration.ZERO, throttle.waitFor("operator.sumedang"));
      throttle.failed("operator.sumedang");
    }
    assertEquals(Duration.ofSeconds(1), throttle.waitFor("operator.sumedang"));

    clock.now = clock.now.plusSeconds(1);
    throttle.failed("Operator.Sumedang ");

    assertEquals(Duration.ofSeconds(2), throttle.waitFor("operator.sumedang"));
  }

  @Test
  void theWaitIsCapped() {
    for (int i = 0; i < 30; i++) {
      throttle.failed("asesor1");
    }

    assertEquals(Duration.ofSeconds(60), throttle.waitFor("asesor1"));
  }

  @Test
  void successClearsTheRecordAndOtherUsersAreUntouched() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("admin");
    }
    assertEquals(Duration.ZERO, throttle.waitFor("operator.garut"));

    throttle.succeeded("admin");

    assertEquals(Duration.ZERO, throttle.waitFor("admin"));
  }
}
