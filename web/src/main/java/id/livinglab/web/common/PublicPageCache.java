package id.livinglab.web.common;

import id.livinglab.benchmark.PeerGroupsChanged;
import id.livinglab.practice.AdoptionsChanged;
import id.livinglab.result.ResultsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Public pages as an anonymous visitor received them, like a reverse proxy's micro-cache: published
 * figures change a few times a year, and a portrait is read by thousands. Keyed by address and
 * language. Dropped whenever results or peer groups change, and after {@link #TTL} in any case.
 *
 * <p>A page whose body is the same for everyone (the layout's {@code publicBody}) marks the
 * header's personal part; it is kept cut there, so a logged-in user gets the same public body with
 * their own header ({@link PersonalHeader}) without rendering the page again.
 */
@ApplicationScoped
public class PublicPageCache {

  static final Duration TTL = Duration.ofMinutes(5);
  static final int MAX_PAGES = 5_000;

  /**
   * Where the layout's personal part begins and ends (comments: escaped output never forms one).
   */
  static final byte[] PERSONAL_START = "<!--ll-personal-->".getBytes(StandardCharsets.US_ASCII);

  static final byte[] PERSONAL_END = "<!--/ll-personal-->".getBytes(StandardCharsets.US_ASCII);

  /**
   * A rendered page: {@code before + personal + after} is what was rendered; {@code personal} is
   * the header part of whoever it was rendered for, empty if the page has none.
   */
  record Page(byte[] before, byte[] personal, byte[] after, String contentType, Instant rendered) {

    /** A rendered body, cut at the personal part if it has exactly one. */
    static Page of(byte[] body, String contentType) {
      int start = indexOf(body, PERSONAL_START, 0);
      int end = start < 0 ? -1 : indexOf(body, PERSONAL_END, start);
      if (end < 0 || indexOf(body, PERSONAL_START, end) >= 0) {
        return new Page(body, new byte[0], new byte[0], contentType, Instant.now());
      }
      int to = end + PERSONAL_END.length;
      return new Page(
          Arrays.copyOfRange(body, 0, start),
          Arrays.copyOfRange(body, start, to),
          Arrays.copyOfRange(body, to, body.length),
          contentType,
          Instant.now());
    }

    /** Whether another header can take the place of {@link #personal}. */
    boolean personalised() {
      return personal.length > 0;
    }

    int length(byte[] header) {
      return before.length + header.length + after.length;
    }

    private static int indexOf(byte[] body, byte[] part, int from) {
      outer:
      for (int i = from; i <= body.length - part.length; i++) {
        for (int j = 0; j < part.length; j++) {
          if (body[i + j] != part[j]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }
  }

  private final Map<String, Page> pages = new ConcurrentHashMap<>();

  Page get(String key) {
    Page page = pages.get(key);
    if (page != null && page.rendered().plus(TTL).isBefore(Instant.now())) {
      pages.remove(key);
      return null;
    }
    return page;
  }

  void put(String key, Page page) {
    if (pages.size() >= MAX_PAGES) {
      pages.clear();
    }
    pages.put(key, page);
  }

  public void clear() {
    pages.clear();
  }

  void resultsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResultsChanged change) {
    clear();
  }

  void groupsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PeerGroupsChanged change) {
    clear();
  }

  /** Portraits show what an instansi adopted and who adopted from it. */
  void adoptionsChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) AdoptionsChanged change) {
    clear();
  }
}
