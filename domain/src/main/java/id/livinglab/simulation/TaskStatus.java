package id.livinglab.simulation;

/** Where the work on one planned step stands, as its owner reports it. */
public enum TaskStatus {
  BELUM_MULAI,
  BERJALAN,
  SELESAI,
  DIBATALKAN
}
