package id.livinglab.web.common;

import id.livinglab.benchmark.Change;
import id.livinglab.result.Provenance;
import id.livinglab.web.i18n.Languages;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words every page and export uses for where a figure comes from and how it moved, so that the
 * portrait, the rankings and their CSV say the same thing the same way.
 */
public final class Provenances {

  private Provenances() {}

  /** "KemenPANRB, … (resmi)": the source and its reliability. */
  public static String source(Provenance p, Locale locale) {
    if (p == null) {
      return "";
    }
    return p.name(locale) + " (" + Languages.message(locale, p.reliability().labelKey()) + ")";
  }

  /** What the reader must know about the row beyond its source: monitored only, carried forward. */
  public static List<String> remarks(Provenance p, Locale locale) {
    List<String> out = new ArrayList<>();
    if (p == null) {
      return out;
    }
    if (p.mode() != id.livinglab.result.ResultMode.EVALUATED) {
      out.add(Languages.message(locale, p.mode().labelKey()));
    }
    if (p.carriedForward()) {
      out.add(Languages.message(locale, "result.carriedForward"));
    }
    return out;
  }

  /** "▲ 0,37", "▼ 0,12", "= 0,00", "baru", or "—" where nothing is comparable. */
  public static String change(Change c, Locale locale) {
    if (c == null) {
      return Languages.message(locale, "change.none");
    }
    if (c.isNew()) {
      return Languages.message(locale, "change.new");
    }
    String arrow = c.direction() > 0 ? "▲ " : c.direction() < 0 ? "▼ " : "= ";
    return arrow + decimal(c.index().abs(), locale);
  }

  /** The CSS class of a change: up, down, or neither (also where nothing is comparable). */
  public static String changeClass(Change c) {
    int d = c == null ? 0 : c.direction();
    return d > 0 ? "ll-up" : d < 0 ? "ll-down" : "ll-same";
  }

  /** "peringkat +5" / "rank −3"; empty for a first result or where nothing is comparable. */
  public static String rankChange(Change c, Locale locale) {
    if (c == null || c.isNew()) {
      return "";
    }
    int r = c.rank();
    String signed = r > 0 ? "+" + r : r < 0 ? "−" + (-r) : "±0";
    return Languages.message(locale, "change.rank", signed);
  }

  private static String decimal(BigDecimal value, Locale locale) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return f.format(value);
  }
}
