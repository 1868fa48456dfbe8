package id.livinglab.practice;

import static id.livinglab.practice.AdoptionStage.DIHENTIKAN;
import static id.livinglab.practice.AdoptionStage.DIKONFIRMASI;
import static id.livinglab.practice.AdoptionStage.DITERAPKAN;
import static id.livinglab.practice.AdoptionStage.MINAT;
import static id.livinglab.practice.AdoptionStage.PERSIAPAN;
import static id.livinglab.practice.AdoptionStage.RENCANA;
import static id.livinglab.practice.AdoptionStage.TERVERIFIKASI;
import static id.livinglab.practice.Practices.AT;
import static id.livinglab.practice.Practices.caller;
import static id.livinglab.practice.Practices.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.security.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Garut adopts Sumedang's e-Office; the adoption guards its own moves. */
class AdoptionTest {

  private static final String SRC = "https://example.org/berita";

  private static Practice published() {
    Practice p = Practices.eOffice();
    p.publish("admin", AT);
    return p;
  }

  @Test
  void anInterestStartsInMinatAndIsPrivateUntilConfirmed() {
    Adoption a = Adoption.interest(published(), "32.05", null, "garut.koordinator", AT);
    assertEquals(MINAT, a.getStage());
    assertEquals(AT.toLocalDate(), a.reachedOn(MINAT));
    assertFalse(a.visibleTo(null));
    assertFalse(a.visibleTo(caller("32.08", Role.KOORDINATOR)));
    assertTrue(a.visibleTo(caller("32.05", Role.OPERATOR)));
    assertTrue(a.visibleTo(caller("32.11", Role.PIMPINAN)));
    assertTrue(a.visibleTo(caller("32", Role.KOORDINATOR)));
    a.move(AdoptionParty.OWNER, DIKONFIRMASI, null, AT.toLocalDate(), null, "s", AT);
    assertTrue(a.visibleTo(null));
  }

  @Test
  void theWholePathOneStepAtATime() {
    Adoption a = Adoption.interest(published(), "32.05", null, "g", AT);
    a.move(AdoptionParty.OWNER, DIKONFIRMASI, null, AT.toLocalDate(), null, "s", AT);
    StageFacts all =
        new StageFacts("p", "r", TransferMode.DARING, "https://e-office.garutkab.go.id");
    for (AdoptionStage s : List.of(PERSIAPAN, RENCANA, AdoptionStage.UJI_COBA, DITERAPKAN)) {
      a.move(AdoptionParty.ADOPTER, s, null, AT.toLocalDate(), null, all, "g", AT);
    }
    assertTrue(a.getStage().inUse());
    AdoptionRefusedException e =
        assertThrows(
            AdoptionRefusedException.class,
            () ->
                a.move(
                    AdoptionParty.ADOPTER, TERVERIFIKASI, null, AT.toLocalDate(), null, "g", AT));
    assertEquals(AdoptionWorkflow.Refusal.NOT_YOURS, e.refusal());
    assertEquals(List.of(AdoptionStage.UJI_COBA, DIHENTIKAN), e.allowed());
    assertTrue(a.issues(AdoptionLetter.INTEREST));
    assertFalse(a.issues(AdoptionLetter.STATEMENT));
    assertEquals("error.adoption.notVerified", AdoptionLetter.STATEMENT.refusal(a));
    a.move(AdoptionParty.OWNER, TERVERIFIKASI, null, AT.toLocalDate(), null, "s", AT);
    assertTrue(a.issues(AdoptionLetter.STATEMENT));
    assertEquals(7, a.getSteps().size());
    assertEquals(DITERAPKAN, a.getSteps().get(6).getFrom());
    assertFalse(a.isReported());
  }

  @Test
  void eachStageAsksForItsFactsExceptInRecordedHistory() {
    Adoption a = Adoption.interest(published(), "32.05", null, "g", AT);
    a.move(AdoptionParty.OWNER, DIKONFIRMASI, null, AT.toLocalDate(), null, "s", AT);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                a.move(
                    AdoptionParty.ADOPTER,
                    PERSIAPAN,
                    null,
                    AT.toLocalDate(),
                    null,
                    new StageFacts("surat lambat", " ", null, null),
                    "g",
                    AT));
    assertEquals("resources", e.getMessage());
    assertEquals(DIKONFIRMASI, a.getStage());
    a.move(
        AdoptionParty.ADOPTER,
        PERSIAPAN,
        null,
        AT.toLocalDate(),
        null,
        new StageFacts("surat lambat", "2 pranata komputer", null, null),
        "g",
        AT);
    assertEquals("mode", StageFacts.none().missing(RENCANA, false));
    assertEquals("evidence", StageFacts.none().missing(DITERAPKAN, false));
    assertNull(StageFacts.none().missing(DITERAPKAN, true));
    a.move(
        AdoptionParty.ADOPTER,
        RENCANA,
        null,
        AT.toLocalDate(),
        null,
        new StageFacts(null, null, TransferMode.MAGANG, null),
        "g",
        AT);
    assertEquals("surat lambat", a.getFacts().getProblem());
    assertEquals(TransferMode.MAGANG, a.getFacts().getMode());
  }

  @Test
  void aRefusedMoveChangesNothing() {
    Adoption a = Adoption.interest(published(), "32.05", null, "g", AT);
    assertThrows(
        AdoptionRefusedException.class,
        () -> a.move(AdoptionParty.ADOPTER, RENCANA, null, AT.toLocalDate(), null, "g", AT));
    assertThrows(
        AdoptionRefusedException.class,
        () -> a.move(AdoptionParty.ADOPTER, DIHENTIKAN, " ", AT.toLocalDate(), null, "g", AT));
    assertEquals(MINAT, a.getStage());
    assertEquals(1, a.getSteps().size());
  }

  @Test
  void reportedHistoryIsMarkedAndNeverVerified() {
    LocalDate day = LocalDate.of(2022, 1, 6);
    Adoption a =
        Adoption.reported(published(), "32.79", null, RENCANA, day, SRC, "hibah", "sistem", AT);
    assertTrue(a.isReported());
    assertEquals("error.adoption.reportedNoLetter", AdoptionLetter.INTEREST.refusal(a));
    assertEquals(day, a.reachedOn(RENCANA));
    assertNull(a.reachedOn(MINAT));
    assertEquals(SRC, a.getSteps().get(0).getSource());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Adoption.reported(published(), "32.79", null, TERVERIFIKASI, day, SRC, null, "s", AT));
    AdoptionRefusedException e =
        assertThrows(
            AdoptionRefusedException.class,
            () -> a.move(AdoptionParty.FACILITATOR, TERVERIFIKASI, null, day, SRC, "admin", AT));
    assertEquals(AdoptionWorkflow.Refusal.REPORT_NOT_VERIFICATION, e.refusal());
    a.move(AdoptionParty.FACILITATOR, DITERAPKAN, null, day.plusMonths(6), SRC, "admin", AT);
    assertEquals(DITERAPKAN, a.getStage());
  }

  @Test
  void whoMayStartAnAdoption() {
    Practice draft = Practices.eOffice();
    Practice p = published();
    assertEquals(
        Adoption.StartRefusal.NOT_PUBLISHED, Adoption.checkStart(draft, "32.05", List.of(), null));
    assertEquals(
        Adoption.StartRefusal.OWN_PRACTICE, Adoption.checkStart(p, "32.11", List.of(), null));
    Adoption garut = withId(Adoption.interest(p, "32.05", null, "g", AT), 7L);
    assertEquals(
        Adoption.StartRefusal.ALREADY_ADOPTING,
        Adoption.checkStart(p, "32.05", List.of(garut), null));
    // Adopting from Garut needs Garut to run it.
    assertEquals(
        Adoption.StartRefusal.PARENT_NOT_IN_USE,
        Adoption.checkStart(p, "32.08", List.of(garut), garut));
    garut.move(AdoptionParty.FACILITATOR, DITERAPKAN, null, AT.toLocalDate(), SRC, "admin", AT);
    assertEquals(
        Adoption.StartRefusal.NONE, Adoption.checkStart(p, "32.08", List.of(garut), garut));
    garut.move(AdoptionParty.ADOPTER, DIHENTIKAN, "anggaran", AT.toLocalDate(), null, "g", AT);
    assertEquals(Adoption.StartRefusal.NONE, Adoption.checkStart(p, "32.05", List.of(garut), null));
  }

  @Test
  void anIdleAdopterIsRemindedOncePerIdleStretch() {
    Adoption a = Adoption.interest(published(), "32.05", null, "g", AT);
    LocalDate day = AT.toLocalDate();
    assertFalse(
        a.needsReminder(day.plusDays(90)), "an interest waits for the owner, not the adopter");
    a.move(AdoptionParty.OWNER, DIKONFIRMASI, null, day, null, "s", AT);
    a.move(
        AdoptionParty.ADOPTER,
        PERSIAPAN,
        null,
        day,
        null,
        new StageFacts("p", "r", null, null),
        "g",
        AT);
    assertFalse(a.needsReminder(day.plusDays(59)));
    assertTrue(a.needsReminder(day.plusDays(60)));
    a.markReminded(day.plusDays(60));
    assertFalse(a.needsReminder(day.plusDays(61)), "not every day");
    assertTrue(a.needsReminder(day.plusDays(120)));
    Adoption reported =
        Adoption.reported(published(), "32.79", null, RENCANA, day, SRC, null, "s", AT);
    assertFalse(reported.needsReminder(day.plusDays(400)));
  }
}
