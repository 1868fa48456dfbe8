package id.livinglab.practice;

import java.util.ArrayList;
import java.util.List;

/**
 * The one rule of an adoption's moves: which stage may follow which, by whom, and what a move
 * needs. Pages ask it which buttons to show, services before they change anything, the REST face to
 * name the allowed moves in a 409.
 *
 * <ul>
 *   <li>Forward one stage at a time: the owner confirms (MINAT → DIKONFIRMASI) and verifies
 *       (DITERAPKAN → TERVERIFIKASI); the adopter moves its own side (DIKONFIRMASI → PERSIAPAN →
 *       RENCANA → UJI COBA → DITERAPKAN). An adopter never verifies itself.
 *   <li>Back one stage, with a note, by whoever may make the forward move into the stage left.
 *   <li>Any stage not final → DIHENTIKAN, by either side, with a note (the reason).
 *   <li>A facilitator may make every move of either side; only a facilitator recording history (an
 *       adoption reported before the platform, with its date and source) may skip stages, and never
 *       into TERVERIFIKASI: a public report is not a verification.
 *   <li>Nothing leaves TERVERIFIKASI or DIHENTIKAN.
 * </ul>
 */
public final class AdoptionWorkflow {

  private AdoptionWorkflow() {}

  /** Why a move is refused, or {@link #NONE}. */
  public enum Refusal {
    NONE,
    /** The stage is final. */
    FINAL,
    /** The move is not one step forward, one back or a stop (a skip needs recorded history). */
    NOT_A_STEP,
    /** The party may not make this move. */
    NOT_YOURS,
    /** A step back or a stop needs a note. */
    NOTE_REQUIRED,
    /** Recorded history is "dilaporkan": a report never makes an adoption verified. */
    REPORT_NOT_VERIFICATION
  }

  /**
   * Decides the move {@code from} → {@code to} by {@code party}.
   *
   * @param note whether the move carries a note
   * @param history whether a facilitator records an adoption that happened before the platform
   */
  public static Refusal decide(
      AdoptionStage from, AdoptionStage to, AdoptionParty party, boolean note, boolean history) {
    if (from.isFinal()) {
      return Refusal.FINAL;
    }
    if (to == AdoptionStage.DIHENTIKAN) {
      return note ? Refusal.NONE : Refusal.NOTE_REQUIRED;
    }
    if (history && party == AdoptionParty.FACILITATOR) {
      if (to == AdoptionStage.TERVERIFIKASI) {
        return Refusal.REPORT_NOT_VERIFICATION;
      }
      return to.ordinal() > from.ordinal() ? Refusal.NONE : Refusal.NOT_A_STEP;
    }
    boolean forward = to == from.next();
    boolean back = to.ordinal() == from.ordinal() - 1;
    if (!forward && !back) {
      return Refusal.NOT_A_STEP;
    }
    // The forward move into the later of the two stages decides whose move it is.
    AdoptionStage later = forward ? to : from;
    if (party != AdoptionParty.FACILITATOR && party != sideOf(later)) {
      return Refusal.NOT_YOURS;
    }
    return back && !note ? Refusal.NOTE_REQUIRED : Refusal.NONE;
  }

  /**
   * Whose move the adoption waits for at {@code stage}: the side whose forward move comes next (the
   * owner confirms an interest and verifies what runs; the adopter does the rest), or null when
   * nothing follows. The inbox asks this.
   */
  public static AdoptionParty awaiting(AdoptionStage stage) {
    return stage.isFinal() ? null : sideOf(stage.next());
  }

  /** Whose move it is to reach {@code stage} from the one before it. */
  static AdoptionParty sideOf(AdoptionStage stage) {
    return stage == AdoptionStage.DIKONFIRMASI || stage == AdoptionStage.TERVERIFIKASI
        ? AdoptionParty.OWNER
        : AdoptionParty.ADOPTER;
  }

  /** The stages {@code party} may move to from {@code from} (with a note where one is needed). */
  public static List<AdoptionStage> allowed(AdoptionStage from, AdoptionParty party) {
    List<AdoptionStage> out = new ArrayList<>();
    for (AdoptionStage to : AdoptionStage.values()) {
      if (to != from && decide(from, to, party, true, false) == Refusal.NONE) {
        out.add(to);
      }
    }
    return out;
  }
}
