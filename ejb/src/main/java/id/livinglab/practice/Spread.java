package id.livinglab.practice;

import java.util.List;

/**
 * How practices spread across the country: every adoption the public sees as an arc from owner to
 * adopter, and the owners whose practices were adopted by the most instansi.
 */
public record Spread(List<Arc> arcs, List<Spreader> top) {

  /** One adoption as a line on the map. */
  public record Arc(
      long practice,
      String title,
      String owner,
      String ownerName,
      String adopter,
      String adopterName,
      AdoptionStage stage,
      boolean reported) {}

  /** An owner, how many of its practices were adopted, and by how many instansi. */
  public record Spreader(String code, String name, int practices, int adopters) {}
}
