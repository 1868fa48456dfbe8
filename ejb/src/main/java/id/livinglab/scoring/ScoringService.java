package id.livinglab.scoring;

import id.livinglab.common.InvalidInputException;
import id.livinglab.framework.FrameworkCatalogue;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.Grade;
import id.livinglab.framework.GradingBasis;
import id.livinglab.framework.NodeKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Scores level vectors against the catalogue's frameworks. Stores nothing; public. */
@Stateless
@PermitAll
public class ScoringService {

  @EJB private FrameworkCatalogue catalogue;

  /**
   * Scores {@code levels} on {@code frameworkCode}, graded by {@code year}'s basis (the exact index
   * when no year is given). A year scored on another framework is refused.
   */
  public ScoreReport score(String frameworkCode, Integer year, Map<String, BigDecimal> levels) {
    FrameworkVersion framework = catalogue.getFramework(frameworkCode);
    GradingBasis basis = catalogue.gradingBasis(frameworkCode, year);
    Score score;
    try {
      score = catalogue.scorer(frameworkCode).score(levels);
    } catch (ScoringException e) {
      throw new InvalidInputException(
          "levels." + e.field(),
          "error.level." + e.reason().name(),
          e.field(),
          framework.getLevelMin().toPlainString(),
          framework.getLevelMax().toPlainString(),
          framework.getLevelStep().toPlainString());
    }
    return new ScoreReport(
        frameworkCode,
        year,
        score.index(),
        Rounding.display(score.index(), framework),
        Grade.of(Grading.grade(framework, basis, score.index())),
        score.incomplete(),
        score.notAssessed(),
        nodes(framework, NodeKind.DOMAIN, score, basis),
        nodes(framework, NodeKind.ASPECT, score, basis));
  }

  private static List<ScoreReport.NodeScore> nodes(
      FrameworkVersion framework, NodeKind kind, Score score, GradingBasis basis) {
    List<ScoreReport.NodeScore> out = new ArrayList<>();
    for (FrameworkNode node : framework.nodesOfKind(kind)) {
      BigDecimal exact = score.node(node.getCode());
      out.add(
          new ScoreReport.NodeScore(
              node.getCode(),
              node.getNameId(),
              node.getNameEn(),
              exact,
              Rounding.display(exact, framework),
              Grade.of(Grading.grade(framework, basis, exact))));
    }
    return out;
  }
}
