package id.livinglab.web.common;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * Payara's EJB container logs every refusal of a service's {@code @RolesAllowed} as a WARNING with
 * its whole stack trace (some 8 KB), before {@code api.common.AccessDeniedMapper} answers 401 or
 * 403 and logs it in one line ({@link Refusals}): an anonymous caller could fill the disk with
 * them. This filter on that logger drops exactly those records (an {@link AccessLocalException} or
 * {@link EJBAccessException}); every other record, a service's system exception included, passes.
 *
 * <p>The logger is the server's, not the application's: the filter goes on when the application
 * starts and comes off when it stops, around whatever filter was there. Another application in the
 * same domain loses the same stack traces, which are refusals there too.
 */
@WebListener
public class RoleRefusalLogFilter implements ServletContextListener {

  static final String EJB_CONTAINER = "jakarta.enterprise.ejb.container";

  /** Held here: a logger nobody references may be collected, and its filter with it. */
  private static final Logger CONTAINER = Logger.getLogger(EJB_CONTAINER);

  private Filter previous;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    previous = CONTAINER.getFilter();
    Filter before = previous;
    CONTAINER.setFilter(
        record ->
            !isRoleRefusal(record.getThrown()) && (before == null || before.isLoggable(record)));
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    CONTAINER.setFilter(previous);
  }

  static boolean isRoleRefusal(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof AccessLocalException || t instanceof EJBAccessException) {
        return true;
      }
    }
    return false;
  }
}
