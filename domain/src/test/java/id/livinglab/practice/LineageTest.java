package id.livinglab.practice;

import static id.livinglab.practice.Practices.AT;
import static id.livinglab.practice.Practices.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sumedang → Garut → Kuningan, Sumedang → Banjar: generations in depth-first order. */
class LineageTest {

  @Test
  void generationsFollowTheParents() {
    Practice p = Practices.eOffice();
    p.publish("admin", AT);
    Adoption garut = withId(Adoption.interest(p, "32.05", null, "g", AT), 1L);
    Adoption banjar = withId(Adoption.interest(p, "32.79", null, "b", AT), 2L);
    Adoption kuningan = withId(Adoption.interest(p, "32.08", garut, "k", AT), 3L);
    List<Lineage.Node> tree = Lineage.of(List.of(banjar, kuningan, garut));
    assertEquals(
        List.of("32.05", "32.08", "32.79"),
        tree.stream().map(n -> n.adoption().getAdopterCode()).toList());
    assertEquals(List.of(1, 2, 1), tree.stream().map(Lineage.Node::generation).toList());
    assertEquals("32.05", tree.get(1).learnedFrom());
    assertEquals(2, Lineage.depth(tree));
  }

  @Test
  void anAdoptionWhoseParentIsHiddenHangsUnderTheOwner() {
    Practice p = Practices.eOffice();
    p.publish("admin", AT);
    Adoption garut = withId(Adoption.interest(p, "32.05", null, "g", AT), 1L);
    Adoption kuningan = withId(Adoption.interest(p, "32.08", garut, "k", AT), 3L);
    List<Lineage.Node> tree = Lineage.of(List.of(kuningan));
    assertEquals(1, tree.get(0).generation());
    assertEquals(0, Lineage.depth(List.of()));
  }
}
