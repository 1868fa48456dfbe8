package id.livinglab.planning;

import id.livinglab.common.InvalidInputException;
import id.livinglab.framework.FrameworkCatalogue;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.scoring.ScoringException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/**
 * Plans level increases on the catalogue's frameworks under a year's grading rule. Stores nothing;
 * public. The planners are built once per framework by the catalogue.
 */
@Stateless
@PermitAll
public class PlanningService {

  @EJB private FrameworkCatalogue catalogue;

  /**
   * Answers {@code request} on {@code frameworkCode}, graded by {@code year}'s basis (the exact
   * index when no year is given; the request's own basis is not used). A year scored on another
   * framework is refused.
   */
  public Plan plan(String frameworkCode, Integer year, PlanRequest request) {
    FrameworkVersion framework = catalogue.getFramework(frameworkCode);
    PlanRequest graded =
        new PlanRequest(
            request.levels(),
            catalogue.gradingBasis(frameworkCode, year),
            request.goal(),
            request.effort(),
            request.maxSteps(),
            request.exclude());
    try {
      return catalogue.planner(frameworkCode).plan(graded);
    } catch (ScoringException e) {
      throw new InvalidInputException(
          "levels." + e.field(),
          "error.level." + e.reason().name(),
          e.field(),
          framework.getLevelMin().toPlainString(),
          framework.getLevelMax().toPlainString(),
          framework.getLevelStep().toPlainString());
    } catch (PlanningException e) {
      throw new InvalidInputException(
          e.field(), "error.plan." + e.reason().name(), e.arguments().toArray());
    }
  }
}
