package id.livinglab.practice;

import static id.livinglab.practice.Practices.AT;
import static id.livinglab.practice.Practices.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A practice's own rules: who sees a draft, who edits and publishes, and how links are kept. */
class PracticeTest {

  @Test
  void aDraftIsPrivateToItsOwnerInstansiAndCurators() {
    Practice p = Practices.eOffice();
    assertFalse(p.visibleTo(null));
    assertFalse(p.visibleTo(caller("32.05", Role.KOORDINATOR)));
    assertTrue(p.visibleTo(caller("32.11", Role.OPERATOR)));
    assertTrue(p.visibleTo(caller(null, Role.ADMIN)));
    p.publish("admin", AT);
    assertTrue(p.visibleTo(null));
  }

  @Test
  void theOwnersCoordinatorEditsAndACuratorPublishes() {
    Practice p = Practices.eOffice();
    assertTrue(p.editableBy(caller("32.11", Role.KOORDINATOR)));
    assertFalse(p.editableBy(caller("32.11", Role.OPERATOR)));
    assertFalse(p.editableBy(caller("32.05", Role.KOORDINATOR)));
    assertTrue(p.publishableBy(caller(null, Role.ADMIN)));
    // Jawa Barat's coordinator curates its kabupaten; the owner does not publish itself.
    assertTrue(p.publishableBy(caller("32", Role.KOORDINATOR)));
    assertFalse(p.publishableBy(caller("33", Role.KOORDINATOR)));
    assertFalse(p.publishableBy(caller("32.11", Role.KOORDINATOR)));
    assertFalse(p.publishableBy(null));
  }

  @Test
  void publishingIsOnceAndApprovesTheProposedLinks() {
    Practice p = Practices.eOffice();
    p.propose(new IndicatorLink("spbe-2020", "26", BigDecimal.ONE, BigDecimal.valueOf(4), "x"));
    assertFalse(p.getIndicators().get(0).isApproved());
    p.publish("admin", AT);
    assertTrue(p.getIndicators().get(0).isApproved());
    assertThrows(IllegalStateException.class, () -> p.publish("admin", AT));
  }

  @Test
  void aCompiledRecordIsPublicWithItsLinksStillProposals() {
    Practice p = Practices.eOffice();
    p.propose(new IndicatorLink("spbe-2020", "37", BigDecimal.ONE, BigDecimal.valueOf(4), null));
    p.publishCompiled("sistem", AT);
    assertTrue(p.isPublished());
    assertFalse(p.getIndicators().get(0).isApproved());
    assertEquals(Freshness.REPORTED, p.freshness(LocalDate.of(2026, 12, 4)));
  }

  @Test
  void aRevisedLinkReplacesTheOldOneAndNeedsApprovalAgain() {
    Practice p = Practices.eOffice();
    p.propose(new IndicatorLink("spbe-2020", "26", BigDecimal.ONE, BigDecimal.valueOf(4), "x"));
    p.publish("admin", AT);
    p.propose(new IndicatorLink("spbe-2020", "26", BigDecimal.ONE, BigDecimal.valueOf(5), "y"));
    assertEquals(1, p.getIndicators().size());
    assertFalse(p.getIndicators().get(0).isApproved());
    assertTrue(p.approve("spbe-2020:26"));
    assertFalse(p.approve("spbe-2020:27"));
    assertTrue(p.getIndicators().get(0).isApproved());
  }

  @Test
  void aLinkMustRaiseTheLevelAndCollectionsAreReadOnly() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new IndicatorLink("spbe-2020", "26", BigDecimal.TEN, BigDecimal.ONE, null));
    Practice p = Practices.eOffice();
    assertThrows(UnsupportedOperationException.class, () -> p.getSources().add("x"));
    assertEquals(
        List.of(PracticeCategory.G2G, PracticeCategory.G2E), List.copyOf(p.getCategories()));
  }

  @Test
  void freshnessFollowsTheOwnersLastConfirmation() {
    LocalDate today = LocalDate.of(2026, 12, 4);
    assertEquals(Freshness.REPORTED, Freshness.of(null, today));
    assertEquals(Freshness.CURRENT, Freshness.of(LocalDate.of(2025, 12, 4), today));
    assertEquals(Freshness.NEEDS_UPDATE, Freshness.of(LocalDate.of(2025, 12, 3), today));
    Practice p = Practices.eOffice();
    p.confirm(LocalDate.of(2026, 6, 1), "sumedang.koordinator", AT);
    assertEquals(Freshness.CURRENT, p.freshness(today));
  }
}
