package id.livinglab.practice;

/** Tahapan inovasi: an idea, a trial, or in use ({@code EXCHANGE.md}). */
public enum Maturity {
  INISIATIF,
  UJI_COBA,
  PENERAPAN;

  public String labelKey() {
    return "practice.maturity." + name();
  }
}
