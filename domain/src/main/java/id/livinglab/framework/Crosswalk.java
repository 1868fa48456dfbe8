package id.livinglab.framework;

import id.livinglab.support.Csv;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A mapping between the indicators of two framework versions, for reading history and reusing
 * evidence across a change of regime: never for converting scores (the frameworks measure
 * differently; no official crosswalk exists for SPBE 2020 → Pemdi 2026, so the shipped one is
 * marked unofficial wherever it is shown).
 *
 * @param official false for a mapping no regulation or ministry published
 */
public record Crosswalk(String from, String to, boolean official, List<Link> links) {

  /**
   * One indicator of {@code from} related to one of {@code to}.
   *
   * @param primary the indicator's main counterpart; otherwise a secondary one
   * @param basis the source file's basis codes, as written
   */
  public record Link(
      String fromIndicator, String toIndicator, boolean primary, String basis, String note) {}

  public Crosswalk {
    links = List.copyOf(links);
  }

  /**
   * Reads the shipped file's rows ({@code spbe_no, pemdi_primary, pemdi_secondary} with several
   * secondaries separated by {@code ;}, {@code basis}, {@code note}).
   */
  public static Crosswalk read(String from, String to, boolean official, List<Csv.Row> rows) {
    List<Link> links = new ArrayList<>();
    for (Csv.Row row : rows) {
      String source = row.get("spbe_no");
      String basis = row.get("basis");
      String note = row.get("note");
      if (!row.get("pemdi_primary").isEmpty()) {
        links.add(new Link(source, row.get("pemdi_primary"), true, basis, note));
      }
      for (String secondary : row.get("pemdi_secondary").split(";")) {
        if (!secondary.isBlank()) {
          links.add(new Link(source, secondary.strip(), false, basis, note));
        }
      }
    }
    return new Crosswalk(from, to, official, links);
  }

  /** The indicators of {@code from} related to {@code toIndicator}: primary ones first. */
  public List<Link> into(String toIndicator) {
    return links.stream()
        .filter(l -> l.toIndicator().equals(toIndicator))
        .sorted(
            Comparator.comparing((Link l) -> !l.primary())
                .thenComparing(l -> l.fromIndicator().length())
                .thenComparing(Link::fromIndicator))
        .toList();
  }
}
