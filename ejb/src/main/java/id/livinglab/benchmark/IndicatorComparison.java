package id.livinglab.benchmark;

import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.NodeKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the per-indicator part of a comparison from the official levels of a year. */
final class IndicatorComparison {

  private IndicatorComparison() {}

  /**
   * @param codes the compared instansi, the subject first
   * @param official the official levels of the year by instansi code
   */
  static Comparison.Indicators of(
      FrameworkVersion framework,
      List<String> codes,
      Map<String, Map<String, BigDecimal>> official) {
    Map<String, Boolean> known = new LinkedHashMap<>();
    codes.forEach(c -> known.put(c, official.containsKey(c)));
    List<Comparison.IndicatorRow> rows = new ArrayList<>();
    if (!known.containsValue(true)) {
      return new Comparison.Indicators(known, rows);
    }
    Map<String, BigDecimal> subject = official.get(codes.get(0));
    for (FrameworkNode node : framework.nodesOfKind(NodeKind.INDICATOR)) {
      Map<String, BigDecimal> values = new LinkedHashMap<>();
      Map<String, BigDecimal> differences = new LinkedHashMap<>();
      BigDecimal widest = null;
      for (String code : codes) {
        Map<String, BigDecimal> levels = official.get(code);
        if (levels == null) {
          continue;
        }
        BigDecimal value = levels.get(node.getCode());
        values.put(code, value);
        if (subject != null && !code.equals(codes.get(0))) {
          BigDecimal difference = value.subtract(subject.get(node.getCode()));
          differences.put(code, difference);
          if (difference.signum() > 0 && (widest == null || difference.compareTo(widest) > 0)) {
            widest = difference;
          }
        }
      }
      rows.add(
          new Comparison.IndicatorRow(
              node.getCode(),
              node.getNameId(),
              node.getNameEn(),
              node.getWeight(),
              values,
              differences,
              widest == null ? null : widest.multiply(node.getWeight())));
    }
    // Stable: rows without a gap keep framework order after those with one.
    rows.sort(
        Comparator.comparing(
            Comparison.IndicatorRow::weighted, Comparator.nullsLast(Comparator.reverseOrder())));
    return new Comparison.Indicators(known, rows);
  }
}
