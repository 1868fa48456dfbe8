package id.livinglab.assessment;

import id.livinglab.audit.AuditLog;
import id.livinglab.common.ConflictException;
import id.livinglab.common.InvalidInputException;
import id.livinglab.common.NotFoundException;
import id.livinglab.framework.EvaluationYear;
import id.livinglab.framework.FrameworkCatalogue;
import id.livinglab.framework.NodeKind;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.security.Caller;
import id.livinglab.security.Directory;
import id.livinglab.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluation periods and who assesses whom: the national administrator opens a period for a year
 * (its framework and grading basis come from the year), moves it from stage to stage, closes it,
 * and assigns external assessors to instansi.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class PeriodService {

  /** The planned dates of one stage. */
  public record Dates(LocalDate startsOn, LocalDate endsOn) {}

  /** A period as lists show it. */
  public record PeriodSummary(
      int year, String frameworkCode, String gradingBasis, Stage stage, List<StageWindow> windows) {

    static PeriodSummary of(EvaluationPeriod p) {
      return new PeriodSummary(
          p.getYear(),
          p.getFrameworkCode(),
          p.getGradingBasis().name(),
          p.getStage(),
          List.copyOf(p.getWindows()));
    }
  }

  @PersistenceContext private EntityManager em;
  @EJB private AssessmentLookup lookup;
  @EJB private FrameworkCatalogue catalogue;
  @EJB private InstansiRegister register;
  @EJB private Directory directory;
  @EJB private AuditLog audit;

  @PermitAll
  public List<PeriodSummary> periods() {
    return em.createNamedQuery(EvaluationPeriod.FIND_ALL, EvaluationPeriod.class)
        .getResultStream()
        .map(PeriodSummary::of)
        .toList();
  }

  @PermitAll
  public PeriodSummary period(int year) {
    return PeriodSummary.of(lookup.getPeriod(year));
  }

  /** Opens the period of {@code year} in its self-assessment stage. */
  public PeriodSummary open(int year, Map<Stage, Dates> dates) {
    EvaluationYear evaluation =
        catalogue
            .findYear(year)
            .orElseThrow(() -> new InvalidInputException("year", "error.year.notFound", year));
    if (lookup.findPeriod(year).isPresent()) {
      throw new ConflictException("error.period.exists", year);
    }
    EvaluationPeriod period =
        new EvaluationPeriod(
            year, evaluation.getFramework().getCode(), evaluation.getGradingBasis());
    dates.forEach(
        (stage, d) -> {
          if (d.startsOn() != null && d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
            throw new InvalidInputException(
                "dates." + stage.name(), "error.period.dates", stage.name());
          }
          period.getWindows().add(new StageWindow(stage, d.startsOn(), d.endsOn()));
        });
    em.persist(period);
    audit.record(
        "period.open",
        "period/" + year,
        "stage: – → " + Stage.MANDIRI + " (" + period.getFrameworkCode() + ")");
    return PeriodSummary.of(period);
  }

  /** Closes the open stage and opens the next; after finalisation the period is closed. */
  public PeriodSummary advance(int year) {
    EvaluationPeriod period = lookup.getPeriod(year);
    if (period.getStage() == Stage.SELESAI) {
      throw new ConflictException("error.period.closed", year);
    }
    Stage before = period.getStage();
    period.advance();
    audit.record("period.stage", "period/" + year, "stage: " + before + " → " + period.getStage());
    return PeriodSummary.of(period);
  }

  /** Assigns assessor {@code username} to {@code instansiCode}: every aspect, or one. */
  public void assign(int year, String instansiCode, String username, String aspectCode) {
    EvaluationPeriod period = lookup.getPeriod(year);
    register
        .find(instansiCode)
        .orElseThrow(() -> new NotFoundException("error.instansi.notFound", instansiCode));
    Caller assessor =
        directory
            .lookup(username)
            .filter(c -> c.has(Role.ASESOR))
            .orElseThrow(() -> new InvalidInputException("assessor", "error.assessor.unknown"));
    String aspect = aspectCode == null || aspectCode.isBlank() ? null : aspectCode.strip();
    if (aspect != null
        && lookup
            .framework(period)
            .findNode(aspect)
            .filter(n -> n.getKind() == NodeKind.ASPECT)
            .isEmpty()) {
      throw new InvalidInputException("aspect", "error.aspect.unknown", aspect);
    }
    boolean present =
        assignments(period, instansiCode).stream()
            .anyMatch(
                a ->
                    a.getAssessor().equals(assessor.username())
                        && Objects.equals(a.getAspectCode(), aspect));
    if (!present) {
      em.persist(new AssessorAssignment(period, instansiCode, assessor.username(), aspect));
      audit.record(
          "period.assign",
          "period/" + year + "/" + instansiCode,
          "assessor: + " + assessor.username() + (aspect == null ? "" : " (" + aspect + ")"));
    }
  }

  /** Removes every assignment of {@code username} at {@code instansiCode}. */
  public void unassign(int year, String instansiCode, String username) {
    EvaluationPeriod period = lookup.getPeriod(year);
    for (AssessorAssignment a : assignments(period, instansiCode)) {
      if (a.getAssessor().equals(username)) {
        em.remove(a);
        audit.record(
            "period.assign", "period/" + year + "/" + instansiCode, "assessor: − " + username);
      }
    }
  }

  private List<AssessorAssignment> assignments(EvaluationPeriod period, String instansiCode) {
    return em.createNamedQuery(
            AssessorAssignment.FIND_BY_PERIOD_AND_INSTANSI, AssessorAssignment.class)
        .setParameter("period", period)
        .setParameter("instansiCode", instansiCode)
        .getResultList();
  }
}
