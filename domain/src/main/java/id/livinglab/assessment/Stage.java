package id.livinglab.assessment;

/**
 * The stages of an evaluation period, in order. Only the current stage is open; every earlier stage
 * is closed and read-only. {@link #SELESAI} is the closed period.
 */
public enum Stage {
  /** Penilaian Mandiri: the instansi fills in its self-assessment. */
  MANDIRI,
  /** Penilaian Dokumen: assessors verify evidence and set their value. */
  DOKUMEN,
  /** Penilaian Interviu: clarification, re-score. */
  INTERVIU,
  /** Penilaian Visitasi: optional site visit, re-score. */
  VISITASI,
  /** Finalisasi: the administrator turns external values into the official result. */
  FINALISASI,
  /** The period is closed. */
  SELESAI;

  /** Whether assessors review (set external values and verdicts) in this stage. */
  public boolean isReview() {
    return this == DOKUMEN || this == INTERVIU || this == VISITASI;
  }

  public Stage next() {
    return this == SELESAI ? SELESAI : values()[ordinal() + 1];
  }
}
