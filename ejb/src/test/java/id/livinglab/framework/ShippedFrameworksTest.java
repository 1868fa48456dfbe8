package id.livinglab.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.common.ShippedFiles;
import id.livinglab.scoring.Grading;
import id.livinglab.scoring.Rounding;
import id.livinglab.scoring.Score;
import id.livinglab.scoring.Scorer;
import id.livinglab.support.Csv;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The framework files the application ships, read and scored without a container. */
class ShippedFrameworksTest {

  private static FrameworkVersion read(String code) {
    return FrameworkFiles.read(FrameworkFiles.shipped(code));
  }

  private static BigDecimal weightOf(List<FrameworkNode> nodes) {
    return nodes.stream().map(FrameworkNode::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void spbe2020HasItsTreeWeightsCriteriaAndQuestions() {
    FrameworkVersion f = read("spbe-2020");

    assertEquals(4, f.nodesOfKind(NodeKind.DOMAIN).size());
    assertEquals(8, f.nodesOfKind(NodeKind.ASPECT).size());
    assertEquals(47, f.nodesOfKind(NodeKind.INDICATOR).size());
    assertEquals(0, new BigDecimal("100").compareTo(weightOf(f.nodesOfKind(NodeKind.INDICATOR))));
    assertEquals(0, new BigDecimal("3.00").compareTo(f.findNode("42").orElseThrow().getWeight()));
    assertEquals(5, f.findNode("17").orElseThrow().getCriteria().size());
    assertEquals("layanan", f.findNode("32").orElseThrow().getScale());
    assertTrue(f.findNode("47").orElseThrow().getQuestion().endsWith("?"));
  }

  @Test
  void everyParentWeighsTheSumOfItsChildren() {
    for (String code : List.of("spbe-2018", "spbe-2020", "pemdi-2026")) {
      FrameworkVersion f = read(code);
      for (FrameworkNode parent : f.getNodes()) {
        List<FrameworkNode> children =
            f.getNodes().stream().filter(n -> parent.getCode().equals(n.getParentCode())).toList();
        if (!children.isEmpty()) {
          assertEquals(
              0, parent.getWeight().compareTo(weightOf(children)), code + " " + parent.getCode());
        }
      }
    }
  }

  @Test
  void pemdi2026HasSevenAspectsTwentyIndicatorsAndFivePercentForIndicator13() {
    FrameworkVersion f = read("pemdi-2026");

    assertEquals(0, f.nodesOfKind(NodeKind.DOMAIN).size());
    assertEquals(7, f.nodesOfKind(NodeKind.ASPECT).size());
    assertEquals(20, f.nodesOfKind(NodeKind.INDICATOR).size());
    assertEquals(0, new BigDecimal("5").compareTo(f.findNode("13").orElseThrow().getWeight()));
    assertEquals(0, new BigDecimal("0.01").compareTo(f.getLevelStep()));
    assertEquals(
        List.of("0", "1.50", "2.50", "3.50", "4.00"),
        f.getBands().stream().map(b -> b.getLowerBound().toPlainString()).toList());
  }

  @Test
  void pemdiRegulationExampleScoresTwoEightyBaik() {
    FrameworkVersion f = read("pemdi-2026");
    Map<String, String> aspectValues =
        Map.of(
            "A1", "2.60", "A2", "3.50", "A3", "1.20", "A4", "3.50", "A5", "2.50", "A6", "2.40",
            "A7", "3.50");
    Map<String, BigDecimal> levels = new HashMap<>();
    for (FrameworkNode n : f.nodesOfKind(NodeKind.INDICATOR)) {
      levels.put(n.getCode(), new BigDecimal(aspectValues.get(n.getParentCode())));
    }

    Score score = new Scorer(f).score(levels);

    assertEquals("2.80", Rounding.display(score.index()).toPlainString());
    assertEquals("Baik", f.predicateScale().grade(score.index()).getNameId());
  }

  @Test
  void regulation59of2020IndexFromItsDomainsIsThreeTwentyEightBaik() {
    // Lampiran 59/2020: domains 3.70, 3.40, 3.00, 3.20 → 328.20 / 100 = 3.28 (Baik).
    FrameworkVersion f = read("spbe-2020");
    String[] domains = {"3.70", "3.40", "3.00", "3.20"};
    BigDecimal sum = BigDecimal.ZERO;
    for (int d = 0; d < 4; d++) {
      sum =
          sum.add(
              new BigDecimal(domains[d])
                  .multiply(f.findNode("D" + (d + 1)).orElseThrow().getWeight()));
    }
    BigDecimal index = Rounding.divide(sum, new BigDecimal("100"));

    assertEquals(0, new BigDecimal("3.282").compareTo(index));
    assertEquals("3.28", Rounding.display(index, f).toPlainString());
    assertEquals("Baik", Grading.grade(f, GradingBasis.ROUNDED, index).getNameId());
  }

  @Test
  void regulation8of2026AspectOfTwoAndThreeIsTwoFifty() {
    FrameworkVersion f = read("pemdi-2026");
    Map<String, BigDecimal> levels = new HashMap<>();
    f.nodesOfKind(NodeKind.INDICATOR).forEach(n -> levels.put(n.getCode(), new BigDecimal("3")));
    levels.put("1", new BigDecimal("2"));

    // Aspect A1 holds indicators 1 and 2, 5% each.
    assertEquals("2.50", Rounding.display(new Scorer(f).score(levels).node("A1")).toPlainString());
  }

  @Test
  void levelLabelsWeightStatusAndRoundingAreData() {
    FrameworkVersion spbe = read("spbe-2020");
    FrameworkVersion pemdi = read("pemdi-2026");

    assertEquals(10, spbe.getLevelLabels().size());
    assertTrue(
        spbe.getLevelLabels().stream()
            .anyMatch(
                l ->
                    l.getScale().equals("layanan")
                        && l.getLevel() == 4
                        && l.getLabelId().equals("Kolaborasi")));
    assertEquals(
        List.of("Baik"),
        pemdi.getLevelLabels().stream()
            .filter(l -> l.getLevel() == 3)
            .findFirst()
            .orElseThrow()
            .aliases());
    assertTrue(read("spbe-2018").isWeightsUncertain());
    assertTrue(!spbe.isWeightsUncertain());
    assertEquals(RoundingRule.HALF_UP_2, spbe.roundingRule());
    assertEquals(64, spbe.getSourceHash().length());
  }

  @Test
  void aPemdiValueExactlyOnACutPointFollowsTheBoundarySetting() {
    FrameworkVersion f = read("pemdi-2026");
    PredicateScale opensUpper = new PredicateScale(f.getBands(), BandBoundary.UPPER_OPENS);
    PredicateScale closesLower = new PredicateScale(f.getBands(), BandBoundary.LOWER_CLOSES);

    assertEquals(BandBoundary.UPPER_OPENS, f.getBandBoundary());
    assertEquals("Baik", opensUpper.grade(new BigDecimal("2.50")).getNameId());
    assertEquals("Cukup", closesLower.grade(new BigDecimal("2.50")).getNameId());
    assertEquals("Memuaskan", opensUpper.grade(new BigDecimal("4.00")).getNameId());
    assertEquals("Sangat Baik", closesLower.grade(new BigDecimal("4.00")).getNameId());
  }

  @Test
  void the2018FrameworkLoadsAndScores() {
    FrameworkVersion f = read("spbe-2018");
    Map<String, BigDecimal> levels = new HashMap<>();
    f.nodesOfKind(NodeKind.INDICATOR).forEach(n -> levels.put(n.getCode(), new BigDecimal("3")));
    levels.put("1", new BigDecimal("5"));

    Score score = new Scorer(f).score(levels);

    assertEquals(3, f.nodesOfKind(NodeKind.DOMAIN).size());
    // Indicator 1 weighs 1% of the index: (99 × 3 + 1 × 5) / 100.
    assertEquals("3.02", Rounding.display(score.index()).toPlainString());
  }

  @Test
  void every2023IndexIsReproducedFromItsDomainValuesWithinRounding() {
    FrameworkVersion f = read("spbe-2020");
    List<Csv.Row> rows = ShippedFiles.csv("spbe/results-2023.csv");
    assertEquals(621, rows.size());
    for (Csv.Row row : rows) {
      BigDecimal sum = BigDecimal.ZERO;
      for (FrameworkNode domain : f.nodesOfKind(NodeKind.DOMAIN)) {
        String value = row.get(domain.getCode().toLowerCase());
        sum = sum.add(new BigDecimal(value).multiply(domain.getWeight()));
      }
      BigDecimal index = Rounding.display(Rounding.divide(sum, new BigDecimal("100")));
      BigDecimal published = new BigDecimal(row.get("indeks"));
      assertTrue(
          index.subtract(published).abs().compareTo(new BigDecimal("0.01")) <= 0,
          row.get("instansi_code") + ": " + index + " vs " + published);
      assertEquals(
          row.get("predikat"),
          f.predicateScale().grade(published).getNameId(),
          row.get("instansi_code"));
    }
  }
}
