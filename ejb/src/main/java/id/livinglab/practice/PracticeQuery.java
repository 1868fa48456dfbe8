package id.livinglab.practice;

import id.livinglab.common.EnumInput;
import id.livinglab.common.InvalidInputException;
import id.livinglab.instansi.InstansiKind;

/**
 * What a visitor asks the catalogue: words in title, summary or problem; a category; an indicator,
 * aspect or domain raised ({@code spbe-2020:26}, {@code spbe-2020:A5}); the owner, its province or
 * kind; maturity, status; "digunakan oleh ≥ N"; the order and the page. Null means "any".
 */
public record PracticeQuery(
    String text,
    PracticeCategory category,
    String raises,
    String owner,
    String province,
    InstansiKind kind,
    Maturity maturity,
    PracticeStatus status,
    Integer usedByAtLeast,
    Sort sort,
    int page,
    int size) {

  public static final int MAX_TEXT = 100;
  public static final int MAX_SIZE = 100;

  /** Most adopted first, newest in the catalogue first, or most recently confirmed first. */
  public enum Sort {
    ADOPTED,
    NEWEST,
    CONFIRMED
  }

  public PracticeQuery {
    sort = sort == null ? Sort.ADOPTED : sort;
    page = Math.max(1, page);
    size = size < 1 ? 20 : Math.min(size, MAX_SIZE);
  }

  /**
   * The query of a catalogue address or REST call, read from its parameters in one place for the
   * page and the API. Blank means "any"; a value that is not one of the words is a 400 naming the
   * parameter.
   */
  public static PracticeQuery parse(
      String q,
      String category,
      String indicator,
      String owner,
      String province,
      String kind,
      String maturity,
      String status,
      String usedBy,
      String sort,
      String page,
      String size) {
    return new PracticeQuery(
        blankToNull(q),
        EnumInput.parse("category", category, PracticeCategory.class),
        blankToNull(indicator),
        blankToNull(owner),
        blankToNull(province),
        kind(kind),
        EnumInput.parse("maturity", maturity, Maturity.class),
        EnumInput.parse("status", status, PracticeStatus.class),
        number("usedBy", usedBy, 0, 1000),
        EnumInput.parse("sort", sort, Sort.class),
        page == null || page.isBlank() ? 1 : number("page", page, 1, 100_000),
        size == null || size.isBlank() ? 20 : number("size", size, 1, MAX_SIZE));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static InstansiKind kind(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return InstansiKind.fromWord(value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("kind", "error.kind.unknown", value);
    }
  }

  private static Integer number(String name, String value, int min, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below, like a number out of range
    }
    throw new InvalidInputException(name, "error.param.range", name, min, max);
  }

  /** Everything, most adopted first: the catalogue's first page. */
  public static PracticeQuery all() {
    return new PracticeQuery(
        null, null, null, null, null, null, null, null, null, Sort.ADOPTED, 1, 20);
  }
}
