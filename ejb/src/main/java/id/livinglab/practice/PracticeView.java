package id.livinglab.practice;

import id.livinglab.framework.FrameworkNode;
import id.livinglab.instansi.Instansi;
import java.util.List;

/**
 * A practice's page: everything its owner wrote, the indicators with their names, and its adopters
 * in lineage order, as far as the reader may see them.
 */
public record PracticeView(
    Practice practice,
    Instansi owner,
    Freshness freshness,
    List<Raised> indicators,
    List<AdopterRow> adopters) {

  /** An indicator the practice should raise, with the framework node it names. */
  public record Raised(IndicatorLink link, FrameworkNode node) {}

  /** How many adoptions the catalogue counts ({@link AdoptionStage#counted}). */
  public int adoptions() {
    return (int) adopters.stream().filter(a -> a.adoption().getStage().counted()).count();
  }

  /** How many adopters run it ("digunakan oleh N instansi"). */
  public int usedBy() {
    return (int) adopters.stream().filter(a -> a.adoption().getStage().inUse()).count();
  }
}
