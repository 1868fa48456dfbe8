package id.livinglab.practice;

/**
 * What a move into a stage records besides its note: the adopter's problem and resources when it
 * prepares, the mode of transfer of its plan, the evidence that it runs. Which of them a stage
 * needs is decided here ({@link #missing}), for the pages and the services alike; a facilitator
 * recording history may leave them empty, since they are unknown for the past.
 */
public record StageFacts(String problem, String resources, TransferMode mode, String evidence) {

  public static final int TEXT_LENGTH = 2000;

  public static StageFacts none() {
    return new StageFacts(null, null, null, null);
  }

  /**
   * The first field a move into {@code to} lacks, or null when it has what it needs.
   *
   * @param history whether the move records history (then nothing is required)
   */
  public String missing(AdoptionStage to, boolean history) {
    if (history) {
      return null;
    }
    return switch (to) {
      case PERSIAPAN -> blank(problem) ? "problem" : blank(resources) ? "resources" : null;
      case RENCANA -> mode == null ? "mode" : null;
      case DITERAPKAN -> blank(evidence) ? "evidence" : null;
      default -> null;
    };
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
