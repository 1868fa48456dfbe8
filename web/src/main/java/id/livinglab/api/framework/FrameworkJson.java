package id.livinglab.api.framework;

import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A framework version as the API shows it: scale, bands and the node tree. */
public record FrameworkJson(
    String code,
    String name,
    String nameEn,
    String regulation,
    Scale scale,
    List<Band> predicates,
    String bandBoundary,
    Rounding rounding,
    boolean weightsUncertain,
    List<Label> levelLabels,
    List<Node> nodes) {

  /** How values are shown: decimals and rounding mode. */
  public record Rounding(int decimals, String mode) {}

  /** The name of a level on a scale, with its other names. */
  public record Label(String scale, int level, String name, String nameEn, List<String> aliases) {}

  /** The level scale: min, max and step. */
  public record Scale(BigDecimal min, BigDecimal max, BigDecimal step) {}

  /** A predicate band starting at {@code from}. */
  public record Band(BigDecimal from, String name, String nameEn) {}

  /** A node with its children (indicators carry criteria per level). */
  public record Node(
      String code,
      String kind,
      String name,
      String nameEn,
      BigDecimal weight,
      String scale,
      String question,
      List<Criterion> criteria,
      List<Node> children) {}

  /** The criteria text of one level. */
  public record Criterion(int level, String text) {}

  /** Summary without the tree, for the list. */
  static FrameworkJson summary(FrameworkVersion f) {
    return of(f, false);
  }

  static FrameworkJson of(FrameworkVersion f, boolean withTree) {
    return new FrameworkJson(
        f.getCode(),
        f.getNameId(),
        f.getNameEn(),
        f.getRegulation(),
        new Scale(f.getLevelMin(), f.getLevelMax(), f.getLevelStep()),
        f.getBands().stream()
            .map(b -> new Band(b.getLowerBound(), b.getNameId(), b.getNameEn()))
            .toList(),
        f.getBandBoundary().name(),
        new Rounding(f.roundingRule().decimals(), f.roundingRule().mode().name()),
        f.isWeightsUncertain(),
        f.getLevelLabels().stream()
            .map(
                l ->
                    new Label(
                        l.getScale(), l.getLevel(), l.getLabelId(), l.getLabelEn(), l.aliases()))
            .toList(),
        withTree ? children(f, null) : null);
  }

  private static List<Node> children(FrameworkVersion f, String parent) {
    List<Node> out = new ArrayList<>();
    for (FrameworkNode n : f.getNodes()) {
      boolean isChild =
          parent == null ? n.getParentCode() == null : parent.equals(n.getParentCode());
      if (isChild) {
        out.add(
            new Node(
                n.getCode(),
                n.getKind().name().toLowerCase(Locale.ROOT),
                n.getNameId(),
                n.getNameEn(),
                n.getWeight(),
                n.getScale(),
                n.getQuestion(),
                n.getCriteria().isEmpty()
                    ? null
                    : n.getCriteria().stream()
                        .map(c -> new Criterion(c.getLevel(), c.getTextId()))
                        .toList(),
                children(f, n.getCode())));
      }
    }
    return out.isEmpty() ? null : out;
  }
}
