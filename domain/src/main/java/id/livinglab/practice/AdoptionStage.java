package id.livinglab.practice;

/**
 * The stages of an adoption (replikasi) of a good practice, in order ({@code EXCHANGE.md}):
 * interest, the owner's confirmation, preparation with a baseline, the plan, the trial, use, and
 * the owner's or a facilitator's verification. {@link #DIHENTIKAN} ends an adoption at any stage.
 */
public enum AdoptionStage {
  MINAT,
  DIKONFIRMASI,
  PERSIAPAN,
  RENCANA,
  UJI_COBA,
  DITERAPKAN,
  TERVERIFIKASI,
  DIHENTIKAN;

  /** Whether nothing follows: verified, or stopped. */
  public boolean isFinal() {
    return this == TERVERIFIKASI || this == DIHENTIKAN;
  }

  /** The next stage on the way, or null for a final stage. */
  public AdoptionStage next() {
    return isFinal() ? null : values()[ordinal() + 1];
  }

  /** Whether the adopter runs the practice: it is "digunakan oleh" (used by) the adopter. */
  public boolean inUse() {
    return this == DITERAPKAN || this == TERVERIFIKASI;
  }

  /**
   * Whether only the two parties and facilitators see it: an interest not yet accepted is the
   * adopter's business until the owner confirms.
   */
  public boolean isPrivate() {
    return this == MINAT;
  }

  /**
   * Whether the catalogue counts it as an adoption ("most adopted"): confirmed by the owner, not
   * stopped. The same rule for the list, the page and the API.
   */
  public boolean counted() {
    return !isPrivate() && this != DIHENTIKAN;
  }

  /** Bundle key of the label, e.g. {@code adoption.stage.UJI_COBA}. */
  public String labelKey() {
    return "adoption.stage." + name();
  }
}
