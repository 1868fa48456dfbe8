package id.livinglab.practice;

import static id.livinglab.practice.AdoptionParty.ADOPTER;
import static id.livinglab.practice.AdoptionParty.FACILITATOR;
import static id.livinglab.practice.AdoptionParty.OWNER;
import static id.livinglab.practice.AdoptionStage.DIHENTIKAN;
import static id.livinglab.practice.AdoptionStage.DIKONFIRMASI;
import static id.livinglab.practice.AdoptionStage.DITERAPKAN;
import static id.livinglab.practice.AdoptionStage.MINAT;
import static id.livinglab.practice.AdoptionStage.PERSIAPAN;
import static id.livinglab.practice.AdoptionStage.RENCANA;
import static id.livinglab.practice.AdoptionStage.TERVERIFIKASI;
import static id.livinglab.practice.AdoptionStage.UJI_COBA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.livinglab.practice.AdoptionWorkflow.Refusal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every move of an adoption by every party, against the stages of {@code EXCHANGE.md} and the
 * exchange issue: the owner confirms and verifies, the adopter moves its side, a facilitator may
 * act for both and record history, back and stop need a note, nothing skips or leaves the end.
 */
class AdoptionWorkflowTest {

  /** The forward moves by their party, as the issue lists them. */
  private static final Map<AdoptionStage, AdoptionParty> FORWARD =
      Map.of(
          DIKONFIRMASI, OWNER,
          PERSIAPAN, ADOPTER,
          RENCANA, ADOPTER,
          UJI_COBA, ADOPTER,
          DITERAPKAN, ADOPTER,
          TERVERIFIKASI, OWNER);

  @Test
  void everyMoveByEveryPartyWithAndWithoutANote() {
    int checked = 0;
    for (AdoptionStage from : AdoptionStage.values()) {
      for (AdoptionStage to : AdoptionStage.values()) {
        for (AdoptionParty party : AdoptionParty.values()) {
          for (boolean note : new boolean[] {false, true}) {
            assertEquals(
                expected(from, to, party, note),
                AdoptionWorkflow.decide(from, to, party, note, false),
                from + " → " + to + " by " + party + (note ? " with a note" : ""));
            checked++;
          }
        }
      }
    }
    assertEquals(8 * 8 * 3 * 2, checked);
  }

  /** The rule restated move by move, independently of the implementation's shape. */
  private static Refusal expected(
      AdoptionStage from, AdoptionStage to, AdoptionParty party, boolean note) {
    if (from == TERVERIFIKASI || from == DIHENTIKAN) {
      return Refusal.FINAL;
    }
    if (to == DIHENTIKAN) {
      return note ? Refusal.NONE : Refusal.NOTE_REQUIRED;
    }
    int step = to.ordinal() - from.ordinal();
    if (step != 1 && step != -1) {
      return Refusal.NOT_A_STEP;
    }
    AdoptionParty owner = FORWARD.get(step == 1 ? to : from);
    if (party != FACILITATOR && party != owner) {
      return Refusal.NOT_YOURS;
    }
    return step == -1 && !note ? Refusal.NOTE_REQUIRED : Refusal.NONE;
  }

  @Test
  void anAdopterNeverVerifiesItselfAndSkipsNothing() {
    assertEquals(
        Refusal.NOT_YOURS,
        AdoptionWorkflow.decide(DITERAPKAN, TERVERIFIKASI, ADOPTER, true, false));
    assertEquals(Refusal.NOT_A_STEP, AdoptionWorkflow.decide(MINAT, RENCANA, ADOPTER, true, false));
    // "history" counts only for a facilitator.
    assertEquals(Refusal.NOT_A_STEP, AdoptionWorkflow.decide(MINAT, DITERAPKAN, OWNER, true, true));
  }

  @Test
  void aFacilitatorRecordingHistoryMaySkipForwardOnly() {
    assertEquals(
        Refusal.NONE, AdoptionWorkflow.decide(MINAT, DITERAPKAN, FACILITATOR, false, true));
    assertEquals(
        Refusal.NOT_A_STEP, AdoptionWorkflow.decide(RENCANA, MINAT, FACILITATOR, true, true));
    assertEquals(
        Refusal.FINAL, AdoptionWorkflow.decide(TERVERIFIKASI, DIHENTIKAN, FACILITATOR, true, true));
  }

  @Test
  void recordedHistoryNeverVerifies() {
    assertEquals(
        Refusal.REPORT_NOT_VERIFICATION,
        AdoptionWorkflow.decide(DITERAPKAN, TERVERIFIKASI, FACILITATOR, true, true));
    assertEquals(
        Refusal.REPORT_NOT_VERIFICATION,
        AdoptionWorkflow.decide(MINAT, TERVERIFIKASI, FACILITATOR, true, true));
    // The same move made on the platform, not from a report, is the facilitator's to make.
    assertEquals(
        Refusal.NONE,
        AdoptionWorkflow.decide(DITERAPKAN, TERVERIFIKASI, FACILITATOR, false, false));
  }

  @Test
  void theAllowedMovesAreWhatA409Names() {
    assertEquals(List.of(DIKONFIRMASI, DIHENTIKAN), AdoptionWorkflow.allowed(MINAT, OWNER));
    assertEquals(List.of(DIHENTIKAN), AdoptionWorkflow.allowed(MINAT, ADOPTER));
    assertEquals(
        List.of(PERSIAPAN, UJI_COBA, DIHENTIKAN), AdoptionWorkflow.allowed(RENCANA, ADOPTER));
    // The owner verifies or stops; sending a step back is the adopter's (or a facilitator's).
    assertEquals(List.of(TERVERIFIKASI, DIHENTIKAN), AdoptionWorkflow.allowed(DITERAPKAN, OWNER));
    assertEquals(
        List.of(UJI_COBA, TERVERIFIKASI, DIHENTIKAN),
        AdoptionWorkflow.allowed(DITERAPKAN, FACILITATOR));
    assertEquals(List.of(), AdoptionWorkflow.allowed(TERVERIFIKASI, FACILITATOR));
  }

  @Test
  void theInboxWaitsForTheSideWhoseForwardMoveIsNext() {
    assertEquals(OWNER, AdoptionWorkflow.awaiting(MINAT));
    assertEquals(ADOPTER, AdoptionWorkflow.awaiting(DIKONFIRMASI));
    assertEquals(ADOPTER, AdoptionWorkflow.awaiting(AdoptionStage.UJI_COBA));
    assertEquals(OWNER, AdoptionWorkflow.awaiting(DITERAPKAN));
    assertEquals(null, AdoptionWorkflow.awaiting(TERVERIFIKASI));
    assertEquals(null, AdoptionWorkflow.awaiting(AdoptionStage.DIHENTIKAN));
  }
}
