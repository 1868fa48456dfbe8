package id.livinglab.practice;

/**
 * The letters the platform issues for an adoption, and when each may be issued: the one rule the
 * adoption page (which links it) and the service (which refuses it) both ask.
 */
public enum AdoptionLetter {
  /** The letter of interest (surat minat) the adopter sends the owner. */
  INTEREST,
  /** The statement of replication (surat pernyataan) for BSKDN's innovation index. */
  STATEMENT;

  /**
   * The message key of why {@code adoption} has no such letter, or null when it may be issued: no
   * letter of interest went through the platform for an adoption recorded from public reports; a
   * statement of replication only once the owner has verified the adoption.
   */
  public String refusal(Adoption adoption) {
    return switch (this) {
      case INTEREST -> adoption.isReported() ? "error.adoption.reportedNoLetter" : null;
      case STATEMENT ->
          adoption.getStage() == AdoptionStage.TERVERIFIKASI ? null : "error.adoption.notVerified";
    };
  }
}
