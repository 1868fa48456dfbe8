package id.livinglab.assessment;

import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.Grade;
import id.livinglab.framework.GradingBasis;
import id.livinglab.framework.NodeKind;
import id.livinglab.scoring.Grading;
import id.livinglab.scoring.Rounding;
import id.livinglab.scoring.Score;
import id.livinglab.scoring.Scorer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An index computed from the answers of an assessment (self or external levels): always a
 * simulation until the administrator finalises it. Unanswered indicators count as not assessed, so
 * the index is marked incomplete.
 *
 * @param index the exact index
 * @param display the index as the framework rounds it for display
 * @param grade the predicate under the period's grading basis
 * @param incomplete whether some indicator has no level yet
 * @param nodes display value of every domain and aspect, by node code
 */
public record SheetScore(
    BigDecimal index,
    BigDecimal display,
    Grade grade,
    boolean incomplete,
    Map<String, BigDecimal> nodes,
    Map<String, BigDecimal> exactNodes) {

  static SheetScore of(
      FrameworkVersion framework,
      Scorer scorer,
      GradingBasis basis,
      Map<String, BigDecimal> answered) {
    Map<String, BigDecimal> levels = new LinkedHashMap<>();
    for (FrameworkNode n : framework.nodesOfKind(NodeKind.INDICATOR)) {
      levels.put(n.getCode(), answered.getOrDefault(n.getCode(), BigDecimal.ZERO));
    }
    Score score = scorer.score(levels);
    Map<String, BigDecimal> nodes = new LinkedHashMap<>();
    Map<String, BigDecimal> exact = new LinkedHashMap<>();
    for (FrameworkNode n : framework.getNodes()) {
      if (n.getKind() != NodeKind.INDICATOR) {
        exact.put(n.getCode(), score.node(n.getCode()));
        nodes.put(n.getCode(), Rounding.display(score.node(n.getCode()), framework));
      }
    }
    return new SheetScore(
        score.index(),
        Rounding.display(score.index(), framework),
        Grade.of(Grading.grade(framework, basis, score.index())),
        score.incomplete(),
        nodes,
        exact);
  }
}
