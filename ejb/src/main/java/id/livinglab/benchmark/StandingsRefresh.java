package id.livinglab.benchmark;

import id.livinglab.result.ResultsChanged;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Drops a year's table once new results are committed, not before: a page that reads between the
 * import and its commit would otherwise cache the old figures again.
 */
@ApplicationScoped
public class StandingsRefresh {

  @EJB private StandingsCache standings;

  void resultsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResultsChanged change) {
    standings.invalidate(change.year());
  }

  void groupsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PeerGroupsChanged change) {
    standings.groupsChanged();
  }
}
