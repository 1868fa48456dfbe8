package id.livinglab.web.instansi;

import id.livinglab.benchmark.Change;
import id.livinglab.benchmark.Portrait;
import id.livinglab.benchmark.PortraitService;
import id.livinglab.common.NotFoundException;
import id.livinglab.framework.FrameworkCatalogue;
import id.livinglab.planning.CheapestSteps;
import id.livinglab.planning.NextSteps;
import id.livinglab.result.Provenance;
import id.livinglab.scoring.ScoreReport;
import id.livinglab.scoring.ScoringService;
import id.livinglab.simulation.KnownLevels;
import id.livinglab.simulation.LevelSource;
import id.livinglab.simulation.SimulationAccess;
import id.livinglab.web.common.ChartJson;
import id.livinglab.web.common.ErrorPages;
import id.livinglab.web.common.Provenances;
import id.livinglab.web.i18n.Languages;
import id.livinglab.web.i18n.LocaleBacking;
import id.livinglab.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /instansi/{code}}: the portrait of one instansi. Request scoped: the page has no postback,
 * and a public page should not open a session per visitor.
 */
@Named
@RequestScoped
public class PortraitBacking {

  @EJB private PortraitService benchmark;
  @EJB private CheapestSteps cheapest;
  @Inject private LocaleBacking locale;
  @Inject private CurrentUser currentUser;
  @EJB private KnownLevels known;
  @EJB private ScoringService scoring;
  @EJB private FrameworkCatalogue catalogue;

  private String code;
  private Integer year;
  private Portrait portrait;
  private NextSteps steps;
  private Simulated simulated;
  private boolean simulatedLooked;

  /** An index from the instansi's own assessment, for a year without an official result. */
  public record Simulated(int year, LevelSource source, ScoreReport score) {}

  /** Loads the portrait; an unknown code or year is a 404 page, never a stack trace. */
  public void load() throws IOException {
    try {
      portrait = benchmark.portrait(code, year);
    } catch (NotFoundException e) {
      ErrorPages.send(e);
    }
  }

  /** The label of a reference group in the page's language. */
  public String referenceLabel(Portrait.Reference ref) {
    Locale en = locale.getLocale();
    return switch (ref.key()) {
      case "national" -> message("portrait.ref.national");
      case "province" -> message("portrait.ref.province", ref.name(en));
      case "kind" -> message("portrait.ref.kind", message(portrait.kind().labelKey()));
      default -> message("portrait.ref.group", ref.name(en));
    };
  }

  /** The domains as a radar: the instansi against every reference group that may be shown. */
  public String getRadarChart() {
    List<String> labels = new ArrayList<>();
    List<BigDecimal> own = new ArrayList<>();
    for (Portrait.NodeValue node : portrait.nodes()) {
      labels.add(node.code() + " " + node.name(locale.getLocale()));
      own.add(node.value());
    }
    ChartJson chart = ChartJson.radar().labels(labels).series(portrait.name(), own);
    for (Portrait.Reference ref : portrait.references()) {
      if (ref.shown()) {
        chart.series(
            referenceLabel(ref),
            portrait.nodes().stream().map(n -> ref.nodes().get(n.code())).toList());
      }
    }
    return chart.scale(5).toJson();
  }

  /**
   * The index over the years against the national index. Each framework gets its own lines, the
   * instansi's and the national one, so the chart breaks where the scale changed: values of
   * different frameworks are never joined, compared or converted.
   */
  public String getTrendChart() {
    List<Portrait.TrendPoint> trend = portrait.trend();
    ChartJson chart =
        ChartJson.line().labels(trend.stream().map(p -> String.valueOf(p.year())).toList());
    Set<String> frameworks = new LinkedHashSet<>();
    trend.forEach(p -> frameworks.add(p.frameworkCode()));
    for (String framework : frameworks) {
      chart.series(
          portrait.name() + " (" + framework + ")",
          trend.stream().map(p -> framework.equals(p.frameworkCode()) ? p.index() : null).toList());
    }
    for (String framework : frameworks) {
      chart.series(
          message("portrait.trend.national", framework),
          trend.stream()
              .map(p -> framework.equals(p.frameworkCode()) ? p.national() : null)
              .toList());
    }
    return chart.scale(5).toJson();
  }

  /** Frameworks in the trend, in order, for the note on breaks. */
  public String getTrendFrameworks() {
    return String.join(
        ", ",
        portrait.trend().stream().map(Portrait.TrendPoint::frameworkCode).distinct().toList());
  }

  /** The years the instansi has a result, oldest first, for the history table. */
  public List<Portrait.TrendPoint> getHistory() {
    return portrait.trend().stream().filter(p -> p.index() != null).toList();
  }

  /** Whether {@code point} starts a new framework in the history table (a visible break). */
  public boolean startsFramework(Portrait.TrendPoint point) {
    List<Portrait.TrendPoint> history = getHistory();
    int i = history.indexOf(point);
    return i > 0 && !history.get(i - 1).frameworkCode().equals(point.frameworkCode());
  }

  /** The note on a framework break: "spbe-2018 → spbe-2020 …". */
  public String breakNote(Portrait.TrendPoint point) {
    List<Portrait.TrendPoint> history = getHistory();
    int i = history.indexOf(point);
    return message("trend.break", history.get(i - 1).frameworkCode(), point.frameworkCode());
  }

  /** "KemenPANRB, … (resmi)". */
  public String source(Provenance p) {
    return Provenances.source(p, locale.getLocale());
  }

  /** Monitored only, carried forward: what the reader must know beyond the source. */
  public String remarks(Provenance p) {
    return String.join("; ", Provenances.remarks(p, locale.getLocale()));
  }

  public String change(Change c) {
    return Provenances.change(c, locale.getLocale());
  }

  public String rankChange(Change c) {
    return Provenances.rankChange(c, locale.getLocale());
  }

  /** The CSS class of a change: up, down or neither. */
  public String changeClass(Change c) {
    return Provenances.changeClass(c);
  }

  private String message(String key, Object... args) {
    return Languages.message(locale.getLocale(), key, args);
  }

  public Portrait getPortrait() {
    return portrait;
  }

  /** The cheapest steps to the next predicate, planned on first use (null without a result). */
  public NextSteps getSteps() {
    if (steps == null && portrait != null && portrait.hasResult()) {
      steps = cheapest.toNextPredicate(portrait.year(), portrait.code());
    }
    return steps;
  }

  /**
   * Without an official result for the year: the index of the instansi's own assessment (the
   * assessors' values where given, else its self-assessment; unanswered indicators at the scale
   * minimum, as finalising would count them), labelled a simulation. Only the instansi's people and
   * the administrator see it; such a page is then rendered per user (its body is not public).
   */
  public Simulated getSimulated() {
    if (simulatedLooked) {
      return simulated;
    }
    simulatedLooked = true;
    boolean allowed =
        portrait != null
            && !portrait.hasResult()
            && currentUser.caller().map(c -> SimulationAccess.mayUse(c, code)).orElse(false);
    if (allowed) {
      int y = portrait.year() != null ? portrait.year() : catalogue.latestYear();
      known.starts(y, code).stream()
          .filter(s -> s.source() == LevelSource.EXTERNAL || s.source() == LevelSource.SELF)
          .findFirst()
          .ifPresent(
              s ->
                  simulated =
                      new Simulated(
                          y, s.source(), scoring.score(s.frameworkCode(), y, s.levels().levels())));
    }
    return simulated;
  }

  /** The body is the same for every viewer unless a simulation may be shown to some of them. */
  public boolean isPublicBody() {
    return portrait == null || portrait.hasResult();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }
}
