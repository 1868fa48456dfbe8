package id.livinglab.assessment;

import id.livinglab.assessment.Access.Assignment;
import id.livinglab.common.AccessDeniedException;
import id.livinglab.common.ConflictException;
import id.livinglab.common.NotFoundException;
import id.livinglab.framework.FrameworkCatalogue;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.NodeKind;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.security.Caller;
import id.livinglab.security.CallerService;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What every assessment service looks up first: the period of a year, the assessment of an
 * instansi, the indicator asked for, and what the caller may do there. Joins the caller's
 * transaction; never decides alone, the services ask {@link Access}.
 */
@Stateless
public class AssessmentLookup {

  @PersistenceContext private EntityManager em;
  @EJB private CallerService callers;
  @EJB private FrameworkCatalogue catalogue;
  @EJB private InstansiRegister register;

  public Optional<EvaluationPeriod> findPeriod(int year) {
    return em.createNamedQuery(EvaluationPeriod.FIND_BY_YEAR, EvaluationPeriod.class)
        .setParameter("year", year)
        .getResultStream()
        .findFirst();
  }

  public EvaluationPeriod getPeriod(int year) {
    return findPeriod(year).orElseThrow(() -> new NotFoundException("error.period.notFound", year));
  }

  public FrameworkVersion framework(EvaluationPeriod period) {
    return catalogue.getFramework(period.getFrameworkCode());
  }

  /** The caller, who must be logged in and known to the directory. */
  public Caller caller() {
    return callers.current().orElseThrow(() -> new EJBAccessException("not logged in"));
  }

  /**
   * The caller's access to {@code instansiCode}'s assessment in {@code period}; refused (403) when
   * the caller may not even read it, with the same words whether or not the instansi exists.
   */
  public Access access(EvaluationPeriod period, String instansiCode) {
    Access access = accessOf(period, instansiCode);
    allow(access.mayRead() && register.find(instansiCode).isPresent(), instansiCode);
    return access;
  }

  /**
   * The caller's access to an assessment without refusing: for looking across periods (an assessor
   * assigned this year may have had no part in earlier ones), where what may not be read is left
   * out rather than refused.
   */
  public Access accessOf(EvaluationPeriod period, String instansiCode) {
    Caller caller = caller();
    return new Access(caller, instansiCode, assignment(period, instansiCode, caller));
  }

  /** Refuses (403) what the caller's role, instansi or assignment does not allow. */
  public static void allow(boolean allowed, String instansiCode) {
    if (!allowed) {
      throw new AccessDeniedException("error.assessment.forbidden", instansiCode);
    }
  }

  private Assignment assignment(EvaluationPeriod period, String instansiCode, Caller caller) {
    List<AssessorAssignment> rows =
        em.createNamedQuery(
                AssessorAssignment.FIND_BY_PERIOD_AND_INSTANSI, AssessorAssignment.class)
            .setParameter("period", period)
            .setParameter("instansiCode", instansiCode)
            .getResultList();
    Set<String> aspects = new HashSet<>();
    boolean all = false;
    for (AssessorAssignment a : rows) {
      if (a.getAssessor().equals(caller.username())) {
        all |= a.coversAll();
        if (!a.coversAll()) {
          aspects.add(a.getAspectCode());
        }
      }
    }
    return all ? Assignment.ALL : new Assignment(false, Set.copyOf(aspects));
  }

  public Optional<Assessment> findAssessment(EvaluationPeriod period, String instansiCode) {
    return em.createNamedQuery(Assessment.FIND_BY_PERIOD_AND_INSTANSI, Assessment.class)
        .setParameter("period", period)
        .setParameter("instansiCode", instansiCode)
        .getResultStream()
        .findFirst();
  }

  /** The assessment, created (empty, a draft) the first time its instansi writes to it. */
  public Assessment assessmentForWriting(EvaluationPeriod period, String instansiCode) {
    return findAssessment(period, instansiCode)
        .orElseGet(
            () -> {
              Assessment created = new Assessment(period, instansiCode);
              em.persist(created);
              return created;
            });
  }

  /** The indicator {@code no} of the period's framework, or 404 naming it. */
  public FrameworkNode indicator(EvaluationPeriod period, String no) {
    return framework(period)
        .findNode(no)
        .filter(n -> n.getKind() == NodeKind.INDICATOR)
        .orElseThrow(
            () -> new NotFoundException("error.indicator.notFound", no, period.getFrameworkCode()));
  }

  /** The aspect an indicator belongs to (its parent), for per-aspect assignments. */
  public static String aspectOf(FrameworkNode indicator) {
    return indicator.getParentCode();
  }

  /**
   * Refuses {@code move} unless {@link AssessmentPolicy} allows it: 403 for who, 409 for when or
   * for the assessment's status, each saying why. {@code status} null checks who and when only (a
   * service asks again once it has loaded the assessment).
   */
  public static void require(
      Move move,
      Access access,
      EvaluationPeriod period,
      AssessmentStatus status,
      String aspect,
      String instansiCode) {
    AssessmentPolicy.Decision d =
        AssessmentPolicy.decide(move, access, period.getStage(), status, aspect);
    switch (d.refusal()) {
      case NONE -> {}
      case FORBIDDEN -> throw new AccessDeniedException("error.assessment.forbidden", instansiCode);
      case STAGE_CLOSED ->
          throw d.stage() == Stage.DOKUMEN
              ? new ConflictException(
                  "error.stage.notReview", period.getStage().name(), period.getYear())
              : new ConflictException(
                  "error.stage.closed",
                  d.stage().name(),
                  period.getStage().name(),
                  period.getYear());
      case NOT_DRAFT -> throw new ConflictException("error.assessment.submitted", instansiCode);
      case NOT_SUBMITTED -> throw new ConflictException("error.assessment.notSubmitted");
    }
  }
}
