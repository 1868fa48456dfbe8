package id.livinglab.planning;

import id.livinglab.framework.FrameworkCatalogue;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.Grade;
import id.livinglab.framework.GradingBasis;
import id.livinglab.framework.PredicateBand;
import id.livinglab.scoring.ScoreReport;
import id.livinglab.scoring.ScoringService;
import id.livinglab.simulation.OfficialLevelsCache;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cheapest steps from an instansi's official indicator levels to its next predicate (or a
 * chosen target), every step at the default effort of 1 and graded by the year's basis. Official
 * levels are those of a finalised assessment: public, like the result they made. Published results
 * carry no indicator levels, so most portraits have nothing to plan from, and say so.
 */
@Stateless
@PermitAll
public class CheapestSteps {

  /** How many moves a page names; the rest are counted. */
  public static final int LISTED = 3;

  @EJB private OfficialLevelsCache official;
  @EJB private PlanningService planning;
  @EJB private FrameworkCatalogue catalogue;
  @EJB private ScoringService scoring;

  /** The cheapest steps of {@code instansiCode} to its next predicate in {@code year}. */
  public NextSteps toNextPredicate(int year, String instansiCode) {
    return official
        .of(year, instansiCode)
        .map(levels -> plan(year, catalogue.getYear(year).getFramework().getCode(), levels, null))
        .orElse(NextSteps.without(NextSteps.Status.LEVELS_UNKNOWN));
  }

  /**
   * The cheapest steps from {@code levels} to {@code goal}, or to the predicate above theirs when
   * {@code goal} is null.
   */
  public NextSteps plan(int year, String frameworkCode, Map<String, BigDecimal> levels, Goal goal) {
    FrameworkVersion framework = catalogue.getFramework(frameworkCode);
    ScoreReport now = scoring.score(frameworkCode, year, levels);
    Goal aim = goal;
    if (aim == null) {
      Optional<PredicateBand> next = above(framework, now.predicate());
      if (next.isEmpty()) {
        return NextSteps.without(NextSteps.Status.TOP);
      }
      aim = new Goal.Predicate(next.get().getNameId());
    }
    Plan plan = planning.plan(frameworkCode, year, PlanRequest.of(levels, null, aim));
    Grade target = null;
    BigDecimal value;
    if (aim instanceof Goal.Predicate p) {
      PredicateBand band = band(framework, p.name());
      target = Grade.of(band);
      value = band.getLowerBound();
    } else {
      value = ((Goal.Index) aim).value();
    }
    List<Move> moves = Move.of(plan);
    return new NextSteps(
        status(plan),
        target,
        value,
        value.subtract(graded(frameworkCode, year, now)).max(BigDecimal.ZERO),
        moves.stream().limit(LISTED).map(m -> listed(framework, m)).toList(),
        Math.max(0, moves.size() - LISTED),
        plan.steps().size(),
        plan.start(),
        plan.result());
  }

  /** The index the year grades: the displayed one, or the exact one. */
  private BigDecimal graded(String frameworkCode, int year, ScoreReport score) {
    return catalogue.gradingBasis(frameworkCode, year) == GradingBasis.ROUNDED
        ? score.index()
        : score.indexExact();
  }

  /** The band above {@code predicate}: graded by the year's basis, not from the rounded index. */
  private static Optional<PredicateBand> above(FrameworkVersion framework, Grade predicate) {
    List<PredicateBand> bands = framework.predicateScale().bands();
    for (int i = 0; i + 1 < bands.size(); i++) {
      if (bands.get(i).getNameId().equals(predicate.nameId())) {
        return Optional.of(bands.get(i + 1));
      }
    }
    return Optional.empty();
  }

  private static NextSteps.Status status(Plan plan) {
    if (plan.reason() == Plan.Reason.ALREADY_REACHED) {
      return NextSteps.Status.REACHED;
    }
    return plan.feasible() ? NextSteps.Status.PLANNED : NextSteps.Status.UNREACHABLE;
  }

  /** The band a predicate goal names (the planner has accepted the name, so there is one). */
  private static PredicateBand band(FrameworkVersion framework, String name) {
    return framework.getBands().stream()
        .filter(b -> b.getNameId().equalsIgnoreCase(name) || name.equalsIgnoreCase(b.getNameEn()))
        .findFirst()
        .orElseThrow();
  }

  private static NextSteps.Listed listed(FrameworkVersion framework, Move m) {
    Optional<FrameworkNode> node = framework.findNode(m.indicator());
    return new NextSteps.Listed(
        m.indicator(),
        node.map(FrameworkNode::getNameId).orElse(m.indicator()),
        node.map(FrameworkNode::getNameEn).orElse(null),
        m.from(),
        m.to(),
        m.steps(),
        m.gain());
  }
}
