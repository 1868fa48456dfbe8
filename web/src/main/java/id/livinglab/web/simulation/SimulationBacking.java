package id.livinglab.web.simulation;

import id.livinglab.common.BusinessException;
import id.livinglab.common.NotFoundException;
import id.livinglab.framework.FrameworkCatalogue;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.NodeKind;
import id.livinglab.instansi.Instansi;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.scoring.ScoreReport;
import id.livinglab.scoring.ScoringService;
import id.livinglab.simulation.KnownLevels;
import id.livinglab.simulation.LevelSource;
import id.livinglab.simulation.Scenario;
import id.livinglab.simulation.ScenarioService;
import id.livinglab.simulation.Visibility;
import id.livinglab.web.common.ChartJson;
import id.livinglab.web.common.ErrorPages;
import id.livinglab.web.common.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /simulation/index.xhtml?year=&code=} (the latest evaluation year when none is given):
 * what-if levels for one instansi. It starts from the official, external or self levels the
 * platform holds (or the scale minimum), every change re-scores at once and shows the change from
 * the start, and the levels can be saved as a named scenario and shared with colleagues. Always
 * labelled a simulation. View scoped: the levels being tried live in the view until saved.
 */
@Named
@ViewScoped
public class SimulationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private KnownLevels known;
  @EJB private ScoringService scoring;
  @EJB private ScenarioService scenarios;
  @EJB private FrameworkCatalogue catalogue;
  @EJB private InstansiRegister register;

  private int year;
  private String code;
  private String frameworkCode;
  private String instansiName;
  private final Map<LevelSource, HashMap<String, BigDecimal>> starts =
      new EnumMap<>(LevelSource.class);
  private LevelSource source;
  private Long scenarioId;
  private final List<SimulationRow> rows = new ArrayList<>();
  private String scenarioName;
  private transient ScoreReport startScore;
  private transient ScoreReport score;
  private transient List<ScenarioService.Summary> scenarioList;

  /** One domain or aspect: its value at the start, now, and the change. */
  public record NodeDelta(String code, String name, BigDecimal start, BigDecimal now) {
    public BigDecimal delta() {
      return now.subtract(start);
    }
  }

  /** First load from the address; another instansi's simulation is a 403 page. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
    code = params.get("code");
    try {
      String asked = params.get("year");
      year = asked == null || asked.isEmpty() ? catalogue.latestYear() : Integer.parseInt(asked);
      for (KnownLevels.Start s : known.starts(year, code)) {
        starts.put(s.source(), new HashMap<>(s.levels().levels()));
        frameworkCode = s.frameworkCode();
      }
    } catch (NumberFormatException e) {
      ErrorPages.send(new NotFoundException("error.year.notFound", params.get("year")));
      return;
    } catch (BusinessException e) {
      ErrorPages.send(e);
      return;
    }
    FrameworkVersion framework = catalogue.getFramework(frameworkCode);
    instansiName = register.find(code).map(Instansi::getName).orElse(code);
    for (FrameworkNode n : framework.nodesOfKind(NodeKind.INDICATOR)) {
      rows.add(new SimulationRow(n.getCode(), n.getNameId(), n.getParentCode(), n.getWeight()));
    }
    source = starts.keySet().iterator().next();
    startFrom(starts.get(source));
  }

  /** The user picked another start: every level goes back to it. */
  public void changeSource() {
    if (!starts.containsKey(source)) {
      source = starts.keySet().iterator().next();
    }
    scenarioId = null;
    startFrom(starts.get(source));
  }

  /** A level was changed: re-score (a level off the scale is named, nothing else changes). */
  public void recompute() {
    score = null;
    getScore();
  }

  /** Opens a saved scenario: its levels against the start it was made from, when still held. */
  public void openScenario(long id) {
    FacesMessages.attempt(
        () -> {
          Scenario s = scenarios.get(id);
          if (starts.containsKey(s.getSource())) {
            source = s.getSource();
            startFrom(starts.get(source));
          }
          for (SimulationRow r : rows) {
            r.setLevel(s.getLevels().get(r.getCode()));
          }
          scenarioId = s.getId();
          scenarioName = s.getName();
          score = null;
        });
  }

  public void saveScenario() {
    FacesMessages.attempt(
        () -> {
          ScenarioService.Summary saved =
              scenarios.save(year, code, scenarioName, source, levels());
          scenarioId = saved.id();
          scenarioList = null;
          FacesMessages.info("simulation.saved", saved.name());
        });
  }

  public void share(long id, boolean shared) {
    FacesMessages.attempt(
        () -> {
          scenarios.share(id, shared ? Visibility.SHARED : Visibility.PRIVATE);
          scenarioList = null;
          FacesMessages.info(shared ? "simulation.shared" : "simulation.unshared");
        });
  }

  /** Sets levels from elsewhere on the page (the planner's result). */
  void apply(Map<String, BigDecimal> levels) {
    for (SimulationRow r : rows) {
      BigDecimal v = levels.get(r.getCode());
      if (v != null) {
        r.setLevel(v);
      }
    }
    score = null;
  }

  private void startFrom(Map<String, BigDecimal> levels) {
    for (SimulationRow r : rows) {
      r.startAt(levels.get(r.getCode()));
    }
    startScore = null;
    score = null;
  }

  /** The levels being tried, as the scorer takes them. */
  Map<String, BigDecimal> levels() {
    Map<String, BigDecimal> out = new HashMap<>();
    rows.forEach(r -> out.put(r.getCode(), r.getLevel()));
    return out;
  }

  Map<String, BigDecimal> startLevels() {
    return starts.get(source);
  }

  public ScoreReport getStartScore() {
    if (startScore == null && frameworkCode != null) {
      startScore = scoring.score(frameworkCode, year, starts.get(source));
    }
    return startScore;
  }

  /** The simulated score; null (with the error shown) while a level is off the scale. */
  public ScoreReport getScore() {
    if (score == null && frameworkCode != null) {
      FacesMessages.attempt(
          () -> {
            score = scoring.score(frameworkCode, year, levels());
          });
    }
    return score;
  }

  public BigDecimal getIndexChange() {
    ScoreReport now = getScore();
    return now == null ? null : now.indexExact().subtract(getStartScore().indexExact());
  }

  public List<NodeDelta> getDomains() {
    return deltas(getStartScore().domains(), getScore() == null ? null : score.domains());
  }

  public List<NodeDelta> getAspects() {
    return deltas(getStartScore().aspects(), getScore() == null ? null : score.aspects());
  }

  private static List<NodeDelta> deltas(
      List<ScoreReport.NodeScore> start, List<ScoreReport.NodeScore> now) {
    List<NodeDelta> out = new ArrayList<>();
    for (int i = 0; i < start.size(); i++) {
      ScoreReport.NodeScore s = start.get(i);
      out.add(
          new NodeDelta(
              s.code(), s.nameId(), s.value(), now == null ? s.value() : now.get(i).value()));
    }
    return out;
  }

  /** Start against simulation per aspect (Pemdi) or domain (SPBE), on the radar. */
  public String getChart() {
    List<NodeDelta> nodes = getAspects().size() <= 12 ? getAspects() : getDomains();
    return ChartJson.radar()
        .labels(nodes.stream().map(NodeDelta::code).toList())
        .series(
            FacesMessages.text("simulation.chart.start"),
            nodes.stream().map(NodeDelta::start).toList())
        .series(
            FacesMessages.text("simulation.chart.now"), nodes.stream().map(NodeDelta::now).toList())
        .scale(5)
        .toJson();
  }

  public List<ScenarioService.Summary> getScenarios() {
    if (scenarioList == null && code != null) {
      scenarioList = scenarios.list(year, code);
    }
    return scenarioList;
  }

  public List<LevelSource> getSources() {
    return List.copyOf(starts.keySet());
  }

  public List<SimulationRow> getRows() {
    return rows;
  }

  public int getYear() {
    return year;
  }

  public String getCode() {
    return code;
  }

  public String getInstansiName() {
    return instansiName;
  }

  public String getFrameworkCode() {
    return frameworkCode;
  }

  public LevelSource getSource() {
    return source;
  }

  public void setSource(LevelSource source) {
    this.source = source;
  }

  public Long getScenarioId() {
    return scenarioId;
  }

  public String getScenarioName() {
    return scenarioName;
  }

  public void setScenarioName(String scenarioName) {
    this.scenarioName = scenarioName;
  }
}
