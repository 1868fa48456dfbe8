package id.livinglab.result;

/**
 * How far a source of published figures can be trusted. Pages show it beside every figure ("sumber:
 * …"): a third-party compilation is shown as reported, never as official.
 */
public enum Reliability {
  /** An official KemenPANRB report, figures as printed. */
  OFFICIAL,
  /** A third-party compilation that reproduces the official aggregates. */
  THIRD_PARTY_CONSISTENT,
  /** A third-party compilation that passes spot checks only. */
  THIRD_PARTY,
  /** An assessment finalised by the national administrator on this platform. */
  PLATFORM,
  /** A file the national administrator imported. */
  IMPORTED;

  /**
   * Whether the figures are the government's own: an official report, a finalisation here, or the
   * national administrator's import of published results. Third-party figures are not.
   */
  public boolean official() {
    return this != THIRD_PARTY_CONSISTENT && this != THIRD_PARTY;
  }

  /** Bundle key of the label, e.g. {@code source.reliability.OFFICIAL}. */
  public String labelKey() {
    return "source.reliability." + name();
  }
}
