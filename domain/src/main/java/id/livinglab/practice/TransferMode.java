package id.livinglab.practice;

/** How a practice is passed on in an adoption's plan (the modes of transfer besides visits). */
public enum TransferMode {
  PENDAMPINGAN,
  COACHING_CLINIC,
  MAGANG,
  WORKSHOP,
  STUDI_LAPANGAN,
  DARING;

  public String labelKey() {
    return "adoption.mode." + name();
  }
}
