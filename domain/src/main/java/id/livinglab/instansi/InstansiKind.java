package id.livinglab.instansi;

import java.util.Locale;

/** The four kinds of body scored by the index; the kind drives peer groups and rankings. */
public enum InstansiKind {
  PUSAT,
  PROVINSI,
  KABUPATEN,
  KOTA;

  /** Parses the lower-case word used in the published register ({@code kabupaten}). */
  public static InstansiKind fromWord(String word) {
    return valueOf(word.trim().toUpperCase(Locale.ROOT));
  }

  /** Bundle key of the kind's label, e.g. {@code instansi.kind.KABUPATEN}. */
  public String labelKey() {
    return "instansi.kind." + name();
  }
}
