package id.livinglab.api.result;

import id.livinglab.result.Provenance;
import java.util.Locale;

/**
 * Where a published figure comes from, beside the figure in every answer: the source, how reliable
 * it is ({@code OFFICIAL}, {@code THIRD_PARTY_CONSISTENT}, {@code THIRD_PARTY}, {@code PLATFORM},
 * {@code IMPORTED}), how the instansi took part ({@code EVALUATED}, {@code MONITORED}), whether the
 * value may be carried forward from the year before, and the source's own remark (as reported).
 */
public record ProvenanceJson(
    String source,
    String name,
    String nameEn,
    String reliability,
    boolean official,
    String url,
    String mode,
    boolean carriedForward,
    String note) {

  public static ProvenanceJson of(Provenance p) {
    return new ProvenanceJson(
        p.sourceCode(),
        p.name(Locale.ROOT),
        p.name(Locale.ENGLISH),
        p.reliability().name(),
        p.reliability().official(),
        p.url(),
        p.mode().name(),
        p.carriedForward(),
        p.note());
  }
}
