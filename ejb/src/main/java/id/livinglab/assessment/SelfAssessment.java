package id.livinglab.assessment;

import id.livinglab.audit.AuditLog;
import id.livinglab.common.ConflictException;
import id.livinglab.common.InvalidInputException;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The instansi's own answers: an operator or the coordinator fills in the indicators while the
 * self-assessment stage is open; the coordinator approves and submits, after which nobody of the
 * instansi can change a level.
 */
@Stateless
@RolesAllowed({Role.Names.KOORDINATOR, Role.Names.OPERATOR})
public class SelfAssessment {

  /** What the operator enters for one indicator. */
  public record SelfAnswer(BigDecimal level, String opd, String explanation) {}

  @Inject private Clock clock;
  @PersistenceContext private EntityManager em;
  @EJB private AssessmentLookup lookup;
  @EJB private AuditLog audit;

  /**
   * Saves the answer to indicator {@code no}. {@code expectedVersion} is the version the user
   * started from (0 for a new answer; null to skip the check, for API clients that do not send
   * one): when someone saved in between, nothing is stored and a conflict names who and when.
   */
  public IndicatorView.AnswerState save(
      int year, String instansiCode, String no, SelfAnswer input, Integer expectedVersion) {
    EvaluationPeriod period = lookup.getPeriod(year);
    Access access = lookup.access(period, instansiCode);
    FrameworkNode node = lookup.indicator(period, no);
    AssessmentLookup.require(Move.ANSWER_SELF, access, period, null, null, instansiCode);
    FrameworkVersion framework = lookup.framework(period);
    BigDecimal level = TextInput.level("level", input.level(), framework);
    String opd = TextInput.optional("opd", input.opd(), Answer.OPD_LENGTH);
    String explanation = TextInput.required("explanation", input.explanation(), Answer.TEXT_LENGTH);
    Assessment assessment = lookup.assessmentForWriting(period, instansiCode);
    AssessmentLookup.require(
        Move.ANSWER_SELF, access, period, assessment.getStatus(), null, instansiCode);
    Answer answer = assessment.getAnswers().get(no);
    requireVersion(answer, expectedVersion);
    if (answer == null) {
      answer = assessment.answer(no);
      em.persist(answer);
    }
    Changes changes =
        new Changes()
            .level("level", answer.getSelfLevel(), level)
            .text("opd", answer.getOpd(), opd)
            .text("explanation", answer.getExplanation(), explanation);
    if (changes.isEmpty()) {
      return IndicatorView.AnswerState.of(answer);
    }
    answer.answerSelf(level.setScale(2), opd, explanation);
    answer.touch(lookup.caller().username(), now());
    audit.record(
        "assessment.self",
        AssessmentService.subject(year, instansiCode, node.getCode()),
        changes.toString());
    flush(em);
    return IndicatorView.AnswerState.of(answer);
  }

  /** The coordinator approves and submits: from now on the instansi's levels are fixed. */
  @RolesAllowed(Role.Names.KOORDINATOR)
  public void submit(int year, String instansiCode) {
    EvaluationPeriod period = lookup.getPeriod(year);
    Access access = lookup.access(period, instansiCode);
    AssessmentLookup.require(Move.SUBMIT, access, period, null, null, instansiCode);
    Assessment assessment = lookup.assessmentForWriting(period, instansiCode);
    AssessmentLookup.require(
        Move.SUBMIT, access, period, assessment.getStatus(), null, instansiCode);
    long answered =
        assessment.getAnswers().values().stream().filter(a -> a.getSelfLevel() != null).count();
    if (answered == 0) {
      throw new ConflictException("error.assessment.nothingToSubmit");
    }
    em.lock(assessment, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    assessment.submit(lookup.caller().username(), now());
    audit.record(
        "assessment.submit",
        AssessmentService.subject(year, instansiCode),
        "status: DRAFT → SUBMITTED; answered: " + answered);
  }

  /**
   * Refuses a save that started from another version than the stored one (0: no answer yet), naming
   * who saved last and when; null skips the check.
   */
  static void requireVersion(Answer answer, Integer expectedVersion) {
    int current = answer == null ? 0 : answer.getVersion();
    if (expectedVersion != null && current != expectedVersion) {
      if (answer == null) {
        throw new InvalidInputException("version", "error.answer.noSuchVersion", expectedVersion);
      }
      throw new ConflictException("error.answer.conflict", answer.getUpdatedBy(), when(answer));
    }
  }

  /** Writes now, so that a save racing another one is told as a conflict, not a failure. */
  static void flush(EntityManager em) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      // Someone saved between our read and our write: who is not known yet, the rule the same.
      throw new ConflictException("error.answer.concurrent");
    }
  }

  /** When an answer was last saved, as a conflict message shows it. */
  static String when(Answer answer) {
    LocalDateTime at = answer.getUpdatedAt();
    return at == null ? "–" : at.withNano(0).toString().replace('T', ' ');
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
