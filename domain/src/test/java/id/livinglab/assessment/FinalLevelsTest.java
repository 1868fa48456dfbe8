package id.livinglab.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.livinglab.framework.BandBoundary;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.GradingBasis;
import id.livinglab.framework.NodeKind;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FinalLevelsTest {

  private static FrameworkVersion framework() {
    FrameworkVersion f =
        new FrameworkVersion(
            "t",
            "T",
            "T",
            null,
            BigDecimal.ONE,
            new BigDecimal("5"),
            BigDecimal.ONE,
            BandBoundary.UPPER_OPENS);
    for (String code : new String[] {"1", "2", "3"}) {
      f.getNodes()
          .add(new FrameworkNode(f, null, code, NodeKind.INDICATOR, code, code, BigDecimal.ONE, 0));
    }
    return f;
  }

  @Test
  void theAssessorsValueThenTheSelfValueThenTheMinimum() {
    Assessment a = new Assessment(new EvaluationPeriod(2025, "t", GradingBasis.EXACT), "32.11");
    a.answer("1").answerSelf(new BigDecimal("3"), "Diskominfo", "ok");
    a.answer("1").answerExternal(new BigDecimal("2"), Stage.DOKUMEN, "kurang bukti");
    a.answer("2").answerSelf(new BigDecimal("4"), "Bappeda", "ok");

    FinalLevels rule = FinalLevels.of(a, framework());
    assertEquals(
        Map.of("1", new BigDecimal("2"), "2", new BigDecimal("4"), "3", BigDecimal.ONE),
        rule.levels());
    assertEquals(1, rule.external());
    assertEquals(1, rule.self());
    assertEquals(1, rule.unanswered());

    FinalLevels self = FinalLevels.selfOnly(a, framework());
    assertEquals(new BigDecimal("3"), self.levels().get("1"));
    assertEquals(2, self.self());
  }
}
