package id.livinglab.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped SPBE 2020 → Pemdi 2026 crosswalk, read as pages use it. */
class CrosswalkTest {

  private static final Crosswalk CROSSWALK = FrameworkFiles.shippedCrosswalk();

  @Test
  void everySpbeIndicatorHasOnePrimaryPemdiIndicatorOfTheFramework() {
    FrameworkVersion spbe = FrameworkFiles.read(FrameworkFiles.shipped("spbe-2020"));
    FrameworkVersion pemdi = FrameworkFiles.read(FrameworkFiles.shipped("pemdi-2026"));
    Set<String> pemdiCodes =
        pemdi.nodesOfKind(NodeKind.INDICATOR).stream()
            .map(FrameworkNode::getCode)
            .collect(Collectors.toSet());
    for (FrameworkNode n : spbe.nodesOfKind(NodeKind.INDICATOR)) {
      List<Crosswalk.Link> primaries =
          CROSSWALK.links().stream()
              .filter(l -> l.fromIndicator().equals(n.getCode()) && l.primary())
              .toList();
      assertEquals(1, primaries.size(), n.getCode());
    }
    CROSSWALK.links().forEach(l -> assertTrue(pemdiCodes.contains(l.toIndicator()), l.toString()));
    assertFalse(CROSSWALK.official());
  }

  @Test
  void intoAPemdiIndicatorListsItsPrimariesFirstThenTheSecondaries() {
    List<Crosswalk.Link> into = CROSSWALK.into("15");

    assertTrue(into.stream().anyMatch(l -> l.fromIndicator().equals("1") && !l.primary()));
    int firstSecondary = into.indexOf(into.stream().filter(l -> !l.primary()).findFirst().get());
    assertTrue(into.subList(0, firstSecondary).stream().allMatch(Crosswalk.Link::primary));
    assertTrue(
        into.subList(firstSecondary, into.size()).stream().noneMatch(Crosswalk.Link::primary));
    // A row with several secondaries ("13;14;15;18") is one link to each.
    long multi =
        CROSSWALK.links().stream()
            .filter(l -> !l.primary())
            .map(Crosswalk.Link::fromIndicator)
            .collect(Collectors.groupingBy(f -> f, Collectors.counting()))
            .values()
            .stream()
            .filter(c -> c == 4)
            .count();
    assertEquals(1, multi);
  }
}
