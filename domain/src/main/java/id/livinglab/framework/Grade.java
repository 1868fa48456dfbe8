package id.livinglab.framework;

/** A predicate in both languages, e.g. Sangat Baik / Very good. */
public record Grade(String nameId, String nameEn) {

  public static Grade of(PredicateBand band) {
    return new Grade(band.getNameId(), band.getNameEn());
  }

  public String name(boolean english) {
    return english && nameEn != null ? nameEn : nameId;
  }
}
