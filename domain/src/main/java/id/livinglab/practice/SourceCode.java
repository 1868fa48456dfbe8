package id.livinglab.practice;

/** Whether others can get a practice's source code: not at all, on request, or openly. */
public enum SourceCode {
  TERTUTUP,
  ATAS_PERMINTAAN,
  TERBUKA;

  public String labelKey() {
    return "practice.sourceCode." + name();
  }
}
