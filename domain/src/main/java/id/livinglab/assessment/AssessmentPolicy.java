package id.livinglab.assessment;

/**
 * The one rule of the assessment workflow: which {@link Move} a caller may make, in which stage of
 * the period and which status of the assessment. The pages ask it which buttons to show ({@code
 * AssessmentSheet.Permissions}), the services ask it before changing anything, so the two cannot
 * disagree. Checked in the order a refusal is explained: who (403), then when (the stage), then the
 * assessment's status (both 409).
 */
public final class AssessmentPolicy {

  private AssessmentPolicy() {}

  /** Why a move is refused, or {@link #NONE}. */
  public enum Refusal {
    NONE,
    /** The caller's role, instansi or assignment does not allow it. */
    FORBIDDEN,
    /** The stage the move needs is not open. */
    STAGE_CLOSED,
    /** The move needs a draft and the assessment is submitted. */
    NOT_DRAFT,
    /** The move needs a submitted assessment. */
    NOT_SUBMITTED
  }

  /**
   * The decision on one move.
   *
   * @param stage the stage the move needs ({@link Stage#DOKUMEN} standing for any review stage)
   */
  public record Decision(Move move, Refusal refusal, Stage stage) {
    public boolean allowed() {
      return refusal == Refusal.NONE;
    }
  }

  /**
   * Decides {@code move}.
   *
   * @param status the assessment's status; null when not known yet (a service that checks who and
   *     when before loading the assessment asks again with it)
   * @param aspect the indicator's aspect for a review; null for the assessment as a whole (then
   *     reviewing any aspect counts)
   */
  public static Decision decide(
      Move move, Access access, Stage stage, AssessmentStatus status, String aspect) {
    if (!allowedToWho(move, access, aspect)) {
      return new Decision(move, Refusal.FORBIDDEN, stageOf(move));
    }
    boolean stageOpen =
        switch (move) {
          case ANSWER_SELF, SUBMIT -> stage == Stage.MANDIRI;
          case REVIEW, REPLY -> stage.isReview();
          case FINALISE -> stage == Stage.FINALISASI;
        };
    if (!stageOpen) {
      return new Decision(move, Refusal.STAGE_CLOSED, stageOf(move));
    }
    if (status != null) {
      boolean drafting = move == Move.ANSWER_SELF || move == Move.SUBMIT;
      if (drafting && status != AssessmentStatus.DRAFT) {
        return new Decision(move, Refusal.NOT_DRAFT, stageOf(move));
      }
      if (!drafting && status != AssessmentStatus.SUBMITTED) {
        return new Decision(move, Refusal.NOT_SUBMITTED, stageOf(move));
      }
    }
    return new Decision(move, Refusal.NONE, stageOf(move));
  }

  /** Whether the move may be made now: what a page asks to show its button. */
  public static boolean allows(
      Move move, Access access, Stage stage, AssessmentStatus status, String aspect) {
    return decide(move, access, stage, status, aspect).allowed();
  }

  private static boolean allowedToWho(Move move, Access access, String aspect) {
    return switch (move) {
      case ANSWER_SELF -> access.mayAnswerSelf();
      case SUBMIT -> access.maySubmit();
      case REVIEW -> aspect == null ? access.mayReviewSome() : access.mayReview(aspect);
      case REPLY -> access.mayReply();
      case FINALISE -> access.mayFinalise();
    };
  }

  private static Stage stageOf(Move move) {
    return switch (move) {
      case ANSWER_SELF, SUBMIT -> Stage.MANDIRI;
      case REVIEW, REPLY -> Stage.DOKUMEN;
      case FINALISE -> Stage.FINALISASI;
    };
  }
}
