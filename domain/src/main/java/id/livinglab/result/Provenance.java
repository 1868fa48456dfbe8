package id.livinglab.result;

import java.util.Locale;

/**
 * Where a published result comes from and how it was obtained, as every page, export and API answer
 * shows it beside the figure ("sumber: …"). A value object read from the result once, so that the
 * cached year tables carry it without holding entities.
 *
 * @param carriedForward the source's value equals the year before and may have been carried
 * @param note the source's own remark on the row, as reported (English), or null
 */
public record Provenance(
    String sourceCode,
    String nameId,
    String nameEn,
    Reliability reliability,
    String url,
    ResultMode mode,
    boolean carriedForward,
    String note) {

  public static Provenance of(PublishedResult r) {
    ResultSource s = r.getSource();
    return new Provenance(
        s.getCode(),
        s.name(Locale.ROOT),
        s.name(Locale.ENGLISH),
        s.getReliability(),
        s.getUrl(),
        r.getMode(),
        r.isCarriedForward(),
        r.getNote());
  }

  public String name(Locale locale) {
    return id.livinglab.support.LocalText.pick(locale, nameId, nameEn);
  }
}
