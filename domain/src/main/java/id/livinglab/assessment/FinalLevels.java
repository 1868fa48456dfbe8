package id.livinglab.assessment;

import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.NodeKind;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The levels an assessment gives every indicator of its framework, by the finalisation rule: the
 * assessor's value where one was given, else the instansi's reviewed self value, else the scale
 * minimum (an unanswered indicator). The same rule makes the official result and every simulation
 * that starts from it, so the two cannot disagree.
 *
 * @param levels one value per indicator of the framework
 * @param external how many came from the assessor
 * @param self how many kept the self value
 * @param unanswered how many are at the scale minimum for want of an answer
 */
public record FinalLevels(Map<String, BigDecimal> levels, int external, int self, int unanswered) {

  public FinalLevels {
    levels = Map.copyOf(levels);
  }

  /** By the finalisation rule. */
  public static FinalLevels of(Assessment assessment, FrameworkVersion framework) {
    return collect(assessment, framework, true);
  }

  /** The instansi's own values alone (the assessor's ignored), unanswered at the minimum. */
  public static FinalLevels selfOnly(Assessment assessment, FrameworkVersion framework) {
    return collect(assessment, framework, false);
  }

  private static FinalLevels collect(
      Assessment assessment, FrameworkVersion framework, boolean withExternal) {
    Map<String, BigDecimal> levels = new HashMap<>();
    int external = 0;
    int self = 0;
    int unanswered = 0;
    for (FrameworkNode n : framework.nodesOfKind(NodeKind.INDICATOR)) {
      Answer a = assessment.getAnswers().get(n.getCode());
      if (withExternal && a != null && a.getExternalLevel() != null) {
        levels.put(n.getCode(), a.getExternalLevel());
        external++;
      } else if (a != null && a.getSelfLevel() != null) {
        levels.put(n.getCode(), a.getSelfLevel());
        self++;
      } else {
        levels.put(n.getCode(), framework.getLevelMin());
        unanswered++;
      }
    }
    return new FinalLevels(levels, external, self, unanswered);
  }
}
