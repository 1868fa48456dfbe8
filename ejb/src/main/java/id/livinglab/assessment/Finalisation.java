package id.livinglab.assessment;

import id.livinglab.audit.AuditLog;
import id.livinglab.common.ConflictException;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.instansi.Instansi;
import id.livinglab.result.PublishedResult;
import id.livinglab.result.ResultSource;
import id.livinglab.result.ResultsChanged;
import id.livinglab.scoring.ScoreReport;
import id.livinglab.scoring.ScoringService;
import id.livinglab.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The administrator finalises an assessment: its external values become the year's official result
 * (index, every domain and aspect, predicate by the year's basis), shown on the portrait and in the
 * rankings like a published result.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class Finalisation {

  @Inject private Clock clock;
  @PersistenceContext private EntityManager em;
  @EJB private AssessmentLookup lookup;
  @EJB private ScoringService scoring;
  @EJB private AuditLog audit;
  @Inject private Event<ResultsChanged> changes;

  public ScoreReport finalise(int year, String instansiCode) {
    EvaluationPeriod period = lookup.getPeriod(year);
    Access access = lookup.access(period, instansiCode);
    AssessmentLookup.require(Move.FINALISE, access, period, null, null, instansiCode);
    Assessment assessment =
        lookup
            .findAssessment(period, instansiCode)
            .orElseThrow(() -> new ConflictException("error.assessment.notSubmitted"));
    AssessmentLookup.require(
        Move.FINALISE, access, period, assessment.getStatus(), null, instansiCode);
    FrameworkVersion framework = lookup.framework(period);
    FinalLevels levels = FinalLevels.of(assessment, framework);
    ScoreReport score = scoring.score(framework.getCode(), year, levels.levels());
    em.createNamedQuery(PublishedResult.FIND_BY_YEAR_AND_INSTANSI, PublishedResult.class)
        .setParameter("year", year)
        .setParameter("code", instansiCode)
        .getResultStream()
        .forEach(em::remove);
    em.flush();
    PublishedResult result =
        new PublishedResult(
            year,
            em.getReference(Instansi.class, instansiCode),
            score.index(),
            score.predicate().nameId(),
            em.getReference(ResultSource.class, ResultSource.PLATFORM));
    score.domains().forEach(d -> result.getNodeValues().put(d.code(), d.value()));
    score.aspects().forEach(a -> result.getNodeValues().put(a.code(), a.value()));
    em.persist(result);
    assessment.finalise(lookup.caller().username(), LocalDateTime.now(clock));
    audit.record(
        "assessment.finalise",
        AssessmentService.subject(year, instansiCode),
        "status: SUBMITTED → FINALISED; official index "
            + score.index().toPlainString()
            + " ("
            + score.predicate().nameId()
            + "); re-scored by assessors "
            + levels.external()
            + ", self level kept "
            + levels.self()
            + ", unanswered at the scale minimum "
            + levels.unanswered());
    changes.fire(new ResultsChanged(year));
    return score;
  }
}
