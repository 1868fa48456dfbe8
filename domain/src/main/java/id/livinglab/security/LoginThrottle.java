package id.livinglab.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing per user name. A few failures are free; after that each further
 * attempt must wait twice as long as the one before (capped). Refused attempts are answered at
 * once, so no request thread sleeps. A success clears the record.
 */
public final class LoginThrottle {

  private static final int MAX_TRACKED = 10_000;
  private static final Duration FORGET_AFTER = Duration.ofMinutes(15);

  private record Failures(int count, Instant last) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final int freeFailures;
  private final Duration maxWait;
  private final Clock clock;

  public LoginThrottle(int freeFailures, Duration maxWait, Clock clock) {
    this.freeFailures = freeFailures;
    this.maxWait = maxWait;
    this.clock = clock;
  }

  /** How long {@code username} must still wait before an attempt is checked; zero if none. */
  public Duration waitFor(String username) {
    Failures f = failures.get(key(username));
    if (f == null || f.count() < freeFailures) {
      return Duration.ZERO;
    }
    Duration remaining = Duration.between(clock.instant(), f.last().plus(penalty(f.count())));
    return remaining.isNegative() ? Duration.ZERO : remaining;
  }

  public void failed(String username) {
    if (failures.size() > MAX_TRACKED) {
      Instant horizon = clock.instant().minus(FORGET_AFTER);
      failures.values().removeIf(f -> f.last().isBefore(horizon));
    }
    failures.merge(
        key(username),
        new Failures(1, clock.instant()),
        (old, one) -> new Failures(old.count() + 1, clock.instant()));
  }

  public void succeeded(String username) {
    failures.remove(key(username));
  }

  private Duration penalty(int count) {
    int over = Math.min(count - freeFailures, 20);
    Duration wait = Duration.ofSeconds(1L << over);
    return wait.compareTo(maxWait) > 0 ? maxWait : wait;
  }

  private static String key(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }
}
