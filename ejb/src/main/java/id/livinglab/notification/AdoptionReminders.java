package id.livinglab.notification;

import id.livinglab.practice.Adoption;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every morning, reminds the adopters whose adoption has been idle for {@link Adoption#IDLE_DAYS}
 * days in preparation, plan or trial ({@link Adoption#needsReminder}: the rule lives there). Not
 * persistent: a missed morning is made up the next one. On a cluster each instance would run it
 * (the data-centre issue makes timers run once per cluster).
 */
@Stateless
public class AdoptionReminders {

  private static final Logger LOG = Logger.getLogger(AdoptionReminders.class.getName());

  @PersistenceContext private EntityManager em;
  @EJB private AdoptionMail mail;
  @Inject private Clock clock;

  @Schedule(hour = "6", minute = "15", persistent = false)
  public void remindIdle() {
    LocalDate today = LocalDate.now(clock);
    List<Adoption> idle =
        em.createNamedQuery(Adoption.FIND_ACTIVE, Adoption.class)
            .getResultStream()
            .filter(a -> a.needsReminder(today))
            .toList();
    for (Adoption a : idle) {
      a.markReminded(today);
      mail.remind(a.getId());
    }
    if (!idle.isEmpty()) {
      LOG.info(() -> "Reminded the adopters of " + idle.size() + " idle adoption(s)");
    }
  }
}
