package id.livinglab.assessment;

/** An assessor's verdict on an evidence item (or on its absence). */
public enum VerdictKind {
  /** Diterima. */
  DITERIMA,
  /** Revisi: bukti tidak tepat (the evidence does not show what is claimed). */
  REVISI_TIDAK_TEPAT,
  /** Revisi: bukti belum diunggah (no evidence uploaded). */
  REVISI_BELUM_DIUNGGAH
}
