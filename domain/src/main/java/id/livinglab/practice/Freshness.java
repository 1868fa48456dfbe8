package id.livinglab.practice;

import java.time.LocalDate;

/**
 * How current a published practice's record is. Catalogues of innovations go stale (JIPPNas found
 * 429 of 2,355 dormant in 2024), so the owner re-confirms its record at least once every {@link
 * #CONFIRM_MONTHS} months; a record compiled from public reports that its owner never confirmed
 * says so.
 */
public enum Freshness {
  /** Confirmed by its owner within the last twelve months. */
  CURRENT,
  /** Perlu pemutakhiran: the owner's last confirmation is more than twelve months old. */
  NEEDS_UPDATE,
  /** Compiled from public reports; the owner has not confirmed it on the platform. */
  REPORTED;

  public static final int CONFIRM_MONTHS = 12;

  /** The freshness of a record last confirmed on {@code confirmedOn} (null: never), seen today. */
  public static Freshness of(LocalDate confirmedOn, LocalDate today) {
    if (confirmedOn == null) {
      return REPORTED;
    }
    return confirmedOn.plusMonths(CONFIRM_MONTHS).isBefore(today) ? NEEDS_UPDATE : CURRENT;
  }

  public String labelKey() {
    return "practice.freshness." + name();
  }
}
