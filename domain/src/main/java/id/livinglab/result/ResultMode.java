package id.livinglab.result;

import java.util.Locale;

/**
 * How an instansi took part in a year's evaluation. In 2022 KemenPANRB evaluated some bodies in
 * full and only monitored (pemantauan) the others; both have a published index.
 */
public enum ResultMode {
  EVALUATED,
  MONITORED;

  /** Parses the word of the shipped files ({@code evaluated}, {@code monitored}). */
  public static ResultMode fromWord(String word) {
    return word == null || word.isBlank()
        ? EVALUATED
        : valueOf(word.trim().toUpperCase(Locale.ROOT));
  }

  /** Bundle key of the label, e.g. {@code result.mode.MONITORED}. */
  public String labelKey() {
    return "result.mode." + name();
  }
}
