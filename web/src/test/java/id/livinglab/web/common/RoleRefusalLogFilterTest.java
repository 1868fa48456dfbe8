package id.livinglab.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The EJB container's stack traces of role refusals go; its other records stay. */
class RoleRefusalLogFilterTest {

  @Test
  void dropsRoleRefusalsOnlyAndComesOffWithTheApplication() {
    Logger container = Logger.getLogger(RoleRefusalLogFilter.EJB_CONTAINER);
    List<String> published = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            published.add(record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    container.setUseParentHandlers(false);
    container.addHandler(handler);
    RoleRefusalLogFilter filter = new RoleRefusalLogFilter();
    try {
      filter.contextInitialized(null);
      container.log(Level.WARNING, "refusal", new AccessLocalException("not authorized"));
      container.log(Level.WARNING, "fault", new EJBException(new IllegalStateException()));
      filter.contextDestroyed(null);
      container.log(Level.WARNING, "after", new AccessLocalException("not authorized"));
    } finally {
      container.removeHandler(handler);
      container.setUseParentHandlers(true);
    }

    assertEquals(List.of("fault", "after"), published);
  }
}
