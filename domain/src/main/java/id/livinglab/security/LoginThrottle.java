package id.livinglab.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Failures are counted twice: per client and user name, and per
 * client alone. A few failures are free in each count; after that each further attempt must wait
 * twice as long as the one before (capped), and the longer of the two waits holds. Refused attempts
 * are answered at once, so no request thread sleeps.
 *
 * <p>Why per client: counted per user name only, one stranger's bad guess per waiting period kept a
 * civil servant locked out of their own account. Now a stranger slows down only themselves: the
 * civil servant's own attempts, from their own address, count apart. The per-client count (more
 * free failures) stops one client from trying a password on many accounts. The price: a guesser
 * spread over many addresses gets a few free guesses from each; the directory's own lockout policy
 * is the defence there. Behind a reverse proxy the client is the proxy unless the listener is told
 * to take the client's address from the proxy's header.
 *
 * <p>A success clears that client's record for that user name, not the client's own count.
 */
public final class LoginThrottle {

  private static final int MAX_TRACKED = 10_000;
  private static final Duration FORGET_AFTER = Duration.ofMinutes(15);

  private record Failures(int count, Instant last) {}

  private final Map<String, Failures> perUser = new ConcurrentHashMap<>();
  private final Map<String, Failures> perClient = new ConcurrentHashMap<>();
  private final int freeFailures;
  private final int clientFreeFailures;
  private final Duration maxWait;
  private final Clock clock;

  /**
   * @param freeFailures failed attempts of one client on one user name before waits begin
   * @param clientFreeFailures failed attempts of one client on any user names before waits begin
   * @param maxWait the longest wait
   */
  public LoginThrottle(int freeFailures, int clientFreeFailures, Duration maxWait, Clock clock) {
    this.freeFailures = freeFailures;
    this.clientFreeFailures = clientFreeFailures;
    this.maxWait = maxWait;
    this.clock = clock;
  }

  /**
   * How long {@code client} must still wait before an attempt on {@code username} is checked; zero
   * if none.
   */
  public Duration waitFor(String client, String username) {
    Duration user = waitFor(perUser.get(key(client, username)), freeFailures);
    Duration any = waitFor(perClient.get(key(client)), clientFreeFailures);
    return user.compareTo(any) >= 0 ? user : any;
  }

  public void failed(String client, String username) {
    if (perUser.size() > MAX_TRACKED || perClient.size() > MAX_TRACKED) {
      Instant horizon = clock.instant().minus(FORGET_AFTER);
      perUser.values().removeIf(f -> f.last().isBefore(horizon));
      perClient.values().removeIf(f -> f.last().isBefore(horizon));
    }
    count(perUser, key(client, username));
    count(perClient, key(client));
  }

  public void succeeded(String client, String username) {
    perUser.remove(key(client, username));
  }

  private void count(Map<String, Failures> map, String key) {
    map.merge(
        key,
        new Failures(1, clock.instant()),
        (old, one) -> new Failures(forgotten(old) ? 1 : old.count() + 1, clock.instant()));
  }

  /**
   * Failures end {@link #FORGET_AFTER} after the last one: an office behind one address, whose
   * people mistype now and then, is never slowed down for good.
   */
  private boolean forgotten(Failures f) {
    return f.last().plus(FORGET_AFTER).isBefore(clock.instant());
  }

  private Duration waitFor(Failures f, int free) {
    if (f == null || f.count() < free || forgotten(f)) {
      return Duration.ZERO;
    }
    Duration remaining = Duration.between(clock.instant(), f.last().plus(penalty(f.count(), free)));
    return remaining.isNegative() ? Duration.ZERO : remaining;
  }

  private Duration penalty(int count, int free) {
    int over = Math.min(count - free, 20);
    Duration wait = Duration.ofSeconds(1L << over);
    return wait.compareTo(maxWait) > 0 ? maxWait : wait;
  }

  private static String key(String client, String username) {
    return key(client) + "|" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
  }

  private static String key(String client) {
    return client == null ? "" : client;
  }
}
