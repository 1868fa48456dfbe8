package id.livinglab.assessment;

import id.livinglab.framework.EvaluationYear;
import id.livinglab.security.SecuritySettings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * The demo's evaluation cycle, so that it can be tried at once with the demo users: the 2026 period
 * on {@code pemdi-2026} in its self-assessment stage, with the demo assessor assigned to Kabupaten
 * Sumedang. Only with the embedded demo directory: a real directory's platform starts with no
 * period, which its administrator opens.
 */
@Stateless
public class DemoPeriod {

  static final int YEAR = 2026;
  static final String SUMEDANG = "32.11";
  static final String DEMO_ASSESSOR = "asesor1";

  @PersistenceContext private EntityManager em;
  @Inject private SecuritySettings directory;

  /** Opens the demo period unless any period exists; returns whether it did. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean openIfAbsent() {
    if (!directory.embedded()
        || !em.createNamedQuery(EvaluationPeriod.FIND_ALL, EvaluationPeriod.class)
            .setMaxResults(1)
            .getResultList()
            .isEmpty()) {
      return false;
    }
    EvaluationYear year = em.find(EvaluationYear.class, YEAR);
    EvaluationPeriod period =
        new EvaluationPeriod(YEAR, year.getFramework().getCode(), year.getGradingBasis());
    // The 2026 cycle's calendar as KemenPANRB announced it: interviews in September.
    period.getWindows().add(window(Stage.MANDIRI, "2026-06-15", "2026-07-31"));
    period.getWindows().add(window(Stage.DOKUMEN, "2026-08-01", "2026-08-31"));
    period.getWindows().add(window(Stage.INTERVIU, "2026-09-01", "2026-09-30"));
    period.getWindows().add(window(Stage.VISITASI, "2026-10-01", "2026-10-31"));
    period.getWindows().add(window(Stage.FINALISASI, "2026-11-01", "2026-12-31"));
    em.persist(period);
    em.persist(new AssessorAssignment(period, SUMEDANG, DEMO_ASSESSOR, null));
    return true;
  }

  private static StageWindow window(Stage stage, String from, String to) {
    return new StageWindow(stage, LocalDate.parse(from), LocalDate.parse(to));
  }
}
