package id.livinglab.web.common;

import id.livinglab.benchmark.PeerGroupsChanged;
import id.livinglab.result.ResultsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered public pages for anonymous visitors, like a reverse proxy's micro-cache: published
 * figures change a few times a year, and a portrait is read by thousands. Dropped whenever results
 * or peer groups change, and after {@link #TTL} in any case.
 */
@ApplicationScoped
public class PublicPageCache {

  static final Duration TTL = Duration.ofMinutes(5);
  static final int MAX_PAGES = 5_000;

  /** A rendered page. */
  record Page(byte[] body, String contentType, Instant rendered) {}

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
}
