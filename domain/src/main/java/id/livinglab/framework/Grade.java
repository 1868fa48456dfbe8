package id.livinglab.framework;

import java.util.Locale;

/** A predicate in both languages, e.g. Sangat Baik / Very good. */
public record Grade(String nameId, String nameEn) {

  public static Grade of(PredicateBand band) {
    return new Grade(band.getNameId(), band.getNameEn());
  }

  public String name(Locale locale) {
    return id.livinglab.support.LocalText.pick(locale, nameId, nameEn);
  }
}
