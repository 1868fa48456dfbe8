package id.livinglab.assessment;

import id.livinglab.audit.AuditLog;
import id.livinglab.common.ConflictException;
import id.livinglab.common.InvalidInputException;
import id.livinglab.common.NotFoundException;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The external review, through the document, interview and visit stages: an assigned assessor sets
 * the external value of an indicator (each stage may re-score) and gives a verdict on each evidence
 * item with a note; the instansi answers the notes while the stage is open.
 */
@Stateless
public class ReviewService {

  @Inject private Clock clock;
  @PersistenceContext private EntityManager em;
  @EJB private AssessmentLookup lookup;
  @EJB private AuditLog audit;

  /** Sets the external value of indicator {@code no}, with an optional note. */
  @RolesAllowed(Role.Names.ASESOR)
  public IndicatorView.AnswerState score(
      int year,
      String instansiCode,
      String no,
      BigDecimal level,
      String note,
      Integer expectedVersion) {
    Reviewing r = reviewing(year, instansiCode, no);
    BigDecimal value = TextInput.level("level", level, lookup.framework(r.period()));
    String text = TextInput.optional("note", note, Answer.TEXT_LENGTH);
    Answer answer = r.answer();
    SelfAssessment.requireVersion(answer, expectedVersion);
    Changes changes =
        new Changes()
            .level("externalLevel", answer.getExternalLevel(), value)
            .text("externalNote", answer.getExternalNote(), text);
    if (!changes.isEmpty()) {
      answer.answerExternal(value.setScale(2), r.period().getStage(), text);
      answer.touch(lookup.caller().username(), LocalDateTime.now(clock));
      audit.record(
          "assessment.external",
          AssessmentService.subject(year, instansiCode, no),
          "stage " + r.period().getStage() + ": " + changes);
      SelfAssessment.flush(em);
    }
    return IndicatorView.AnswerState.of(answer);
  }

  /**
   * A verdict on evidence item {@code evidenceId} of indicator {@code no} (null: on the evidence
   * that is missing), always with a note.
   */
  @RolesAllowed(Role.Names.ASESOR)
  public void verdict(
      int year, String instansiCode, String no, Long evidenceId, VerdictKind kind, String note) {
    Reviewing r = reviewing(year, instansiCode, no);
    if (kind == null) {
      throw new InvalidInputException("verdict", "error.field.required", "verdict");
    }
    String text = TextInput.required("note", note, Answer.TEXT_LENGTH);
    EvidenceFile evidence = null;
    if (evidenceId != null) {
      evidence =
          r.answer().getEvidence().stream()
              .filter(e -> e.getId().equals(evidenceId))
              .findFirst()
              .orElseThrow(() -> new NotFoundException("error.evidence.notFound", evidenceId));
    } else if (kind != VerdictKind.REVISI_BELUM_DIUNGGAH) {
      throw new InvalidInputException("evidenceId", "error.verdict.needsEvidence");
    }
    em.persist(
        new Verdict(
            r.answer(),
            evidence,
            r.period().getStage(),
            kind,
            text,
            lookup.caller().username(),
            LocalDateTime.now(clock)));
    audit.record(
        "assessment.verdict",
        AssessmentService.subject(year, instansiCode, no),
        "stage "
            + r.period().getStage()
            + ": verdict "
            + (evidence == null
                ? "(no evidence)"
                : evidence.getDocumentName() + " v" + evidence.getFileVersion())
            + ": – → "
            + kind
            + " «"
            + text
            + "»");
  }

  /** The instansi answers a verdict's note while the review stage is open. */
  @RolesAllowed({Role.Names.KOORDINATOR, Role.Names.OPERATOR})
  public void reply(int year, String instansiCode, long verdictId, String text) {
    EvaluationPeriod period = lookup.getPeriod(year);
    Access access = lookup.access(period, instansiCode);
    AssessmentLookup.require(Move.REPLY, access, period, null, null, instansiCode);
    Verdict verdict = em.find(Verdict.class, verdictId);
    Assessment assessment = verdict == null ? null : verdict.getAnswer().getAssessment();
    if (assessment == null
        || !assessment.getInstansiCode().equals(instansiCode)
        || assessment.getPeriod().getYear() != year) {
      throw new NotFoundException("error.verdict.notFound", verdictId);
    }
    AssessmentLookup.require(
        Move.REPLY, access, period, assessment.getStatus(), null, instansiCode);
    String reply = TextInput.required("reply", text, Answer.TEXT_LENGTH);
    String before = verdict.getReply();
    verdict.reply(reply, lookup.caller().username(), LocalDateTime.now(clock));
    audit.record(
        "assessment.reply",
        AssessmentService.subject(year, instansiCode, verdict.getAnswer().getIndicatorCode()),
        new Changes().text("reply", before, reply).toString());
  }

  private record Reviewing(EvaluationPeriod period, Answer answer) {}

  private Reviewing reviewing(int year, String instansiCode, String no) {
    EvaluationPeriod period = lookup.getPeriod(year);
    Access access = lookup.access(period, instansiCode);
    FrameworkNode node = lookup.indicator(period, no);
    String aspect = AssessmentLookup.aspectOf(node);
    AssessmentLookup.require(Move.REVIEW, access, period, null, aspect, instansiCode);
    Assessment assessment =
        lookup
            .findAssessment(period, instansiCode)
            .orElseThrow(() -> new ConflictException("error.assessment.notSubmitted"));
    AssessmentLookup.require(
        Move.REVIEW, access, period, assessment.getStatus(), aspect, instansiCode);
    Answer answer = assessment.getAnswers().get(no);
    if (answer == null) {
      answer = assessment.answer(no);
      em.persist(answer);
    }
    return new Reviewing(period, answer);
  }
}
