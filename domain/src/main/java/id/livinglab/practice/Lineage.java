package id.livinglab.practice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who adopted a practice from whom: the adoptions as a tree under the owner, each with its
 * generation (1 for adopting from the owner, 2 for adopting from a first-generation adopter, …), in
 * depth-first order so that a list reads as the tree. An adoption whose parent is not among the
 * given ones (not visible to the reader) hangs under the owner.
 */
public final class Lineage {

  /** One adoption in the tree, with the adopter it learned from (null: the owner). */
  public record Node(Adoption adoption, int generation, String learnedFrom) {}

  private Lineage() {}

  public static List<Node> of(List<Adoption> adoptions) {
    Map<Long, Adoption> byId = new HashMap<>();
    adoptions.forEach(a -> byId.put(a.getId(), a));
    Map<Long, List<Adoption>> children = new HashMap<>();
    List<Adoption> roots = new ArrayList<>();
    for (Adoption a : adoptions) {
      Long parent = a.getParentId();
      if (parent == null || !byId.containsKey(parent) || parent.equals(a.getId())) {
        roots.add(a);
      } else {
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(a);
      }
    }
    List<Node> out = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    roots.sort(Comparator.comparing(Adoption::getId));
    for (Adoption root : roots) {
      walk(root, 1, null, children, seen, out);
    }
    return out;
  }

  private static void walk(
      Adoption a,
      int generation,
      String learnedFrom,
      Map<Long, List<Adoption>> children,
      Set<Long> seen,
      List<Node> out) {
    if (!seen.add(a.getId())) {
      return; // a cycle cannot be made through the services; never loop on a broken row
    }
    out.add(new Node(a, generation, learnedFrom));
    List<Adoption> next = new ArrayList<>(children.getOrDefault(a.getId(), List.of()));
    next.sort(Comparator.comparing(Adoption::getId));
    for (Adoption child : next) {
      walk(child, generation + 1, a.getAdopterCode(), children, seen, out);
    }
  }

  /** The deepest generation, 0 when nobody adopted it. */
  public static int depth(List<Node> nodes) {
    return nodes.stream().mapToInt(Node::generation).max().orElse(0);
  }
}
