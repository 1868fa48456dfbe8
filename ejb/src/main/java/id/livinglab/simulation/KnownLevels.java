package id.livinglab.simulation;

import id.livinglab.assessment.Assessment;
import id.livinglab.assessment.AssessmentLookup;
import id.livinglab.assessment.AssessmentStatus;
import id.livinglab.assessment.EvaluationPeriod;
import id.livinglab.assessment.FinalLevels;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.NodeKind;
import id.livinglab.result.PublishedResult;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicator levels an instansi holds for a year, by {@link LevelSource}. Official levels (a
 * finalised assessment) are published data and public; the self and external levels of an
 * assessment still under way are the instansi's own, shown only to its people and the
 * administrator.
 */
@Stateless
@PermitAll
public class KnownLevels {

  @PersistenceContext private EntityManager em;
  @EJB private AssessmentLookup lookup;
  @EJB private SimulationGuard guard;

  /** Levels from one source, with the framework they are on. */
  public record Start(LevelSource source, String frameworkCode, FinalLevels levels) {}

  /**
   * The official levels of every instansi in {@code year}, by instansi code: those of an assessment
   * finalised on the platform, else those published with its result (2021–2022 from the shipped
   * data). A finalisation replaces the published result, so the two never disagree for long.
   */
  public Map<String, Map<String, BigDecimal>> official(int year) {
    Map<String, Map<String, BigDecimal>> out = new HashMap<>();
    Optional<EvaluationPeriod> period = lookup.findPeriod(year);
    if (period.isPresent()) {
      FrameworkVersion framework = lookup.framework(period.get());
      for (Assessment a :
          em.createNamedQuery(Assessment.FIND_FINALISED_BY_YEAR, Assessment.class)
              .setParameter("year", year)
              .getResultList()) {
        out.put(a.getInstansiCode(), FinalLevels.of(a, framework).levels());
      }
    }
    for (PublishedResult r :
        em.createNamedQuery(PublishedResult.FIND_WITH_LEVELS_BY_YEAR, PublishedResult.class)
            .setParameter("year", year)
            .setHint("eclipselink.batch", "r.levels")
            .setHint("eclipselink.batch.type", "IN")
            .getResultList()) {
      out.putIfAbsent(r.getInstansi().getCode(), Map.copyOf(r.getLevels()));
    }
    return out;
  }

  /** The levels published with an instansi's result of {@code year}, when the source gives them. */
  private Optional<Start> published(int year, String instansiCode, String frameworkCode) {
    return em.createNamedQuery(PublishedResult.FIND_BY_YEAR_AND_INSTANSI, PublishedResult.class)
        .setParameter("year", year)
        .setParameter("code", instansiCode)
        .getResultStream()
        .filter(r -> !r.getLevels().isEmpty())
        .findFirst()
        .map(
            r ->
                new Start(
                    LevelSource.OFFICIAL,
                    frameworkCode,
                    new FinalLevels(r.getLevels(), r.getLevels().size(), 0, 0)));
  }

  /**
   * Every start the caller may use for {@code instansiCode} in {@code year}, best first: official,
   * external (while assessors are at work), self, and always the scale minimum. The caller must be
   * one of the instansi's people or the administrator ({@link SimulationAccess#mayUse}), who all
   * see its whole assessment (403 otherwise, the same words whether or not the instansi exists).
   */
  public List<Start> starts(int year, String instansiCode) {
    FrameworkVersion framework = guard.framework(year);
    String frameworkCode = framework.getCode();
    List<Start> out = new ArrayList<>();
    guard.require(instansiCode);
    Optional<EvaluationPeriod> period = lookup.findPeriod(year);
    if (period.isPresent()) {
      lookup
          .findAssessment(period.get(), instansiCode)
          .ifPresent(a -> addAssessment(out, a, frameworkCode, framework));
    }
    if (out.stream().noneMatch(s -> s.source() == LevelSource.OFFICIAL)) {
      published(year, instansiCode, frameworkCode).ifPresent(s -> out.add(0, s));
    }
    Map<String, BigDecimal> minimum = new HashMap<>();
    framework
        .nodesOfKind(NodeKind.INDICATOR)
        .forEach(n -> minimum.put(n.getCode(), framework.getLevelMin()));
    out.add(
        new Start(
            LevelSource.MINIMUM, frameworkCode, new FinalLevels(minimum, 0, 0, minimum.size())));
    return out;
  }

  private static void addAssessment(
      List<Start> out, Assessment a, String frameworkCode, FrameworkVersion framework) {
    FinalLevels rule = FinalLevels.of(a, framework);
    if (a.getStatus() == AssessmentStatus.FINALISED) {
      out.add(new Start(LevelSource.OFFICIAL, frameworkCode, rule));
    } else if (rule.external() > 0) {
      out.add(new Start(LevelSource.EXTERNAL, frameworkCode, rule));
    }
    FinalLevels self = FinalLevels.selfOnly(a, framework);
    if (self.self() > 0) {
      out.add(new Start(LevelSource.SELF, frameworkCode, self));
    }
  }
}
