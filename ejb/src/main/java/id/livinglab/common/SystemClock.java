package id.livinglab.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock of the services: every "now" and "today" they record (saves, submissions, audit
 * entries, deadlines) reads it, in UTC, so that a test or a future time zone rule changes one
 * place.
 */
@ApplicationScoped
public class SystemClock {

  /** Dependent, so that no proxy of {@link Clock} is needed. */
  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
