package id.livinglab.framework;

import id.livinglab.common.InvalidInputException;
import id.livinglab.common.NotFoundException;
import id.livinglab.planning.Planner;
import id.livinglab.scoring.Scorer;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every framework version and evaluation year, read once at start and kept in memory: they are
 * small, read on every page and change only with a release or an import.
 */
@Singleton
@Startup
@DependsOn("ReferenceDataLoader")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class FrameworkCatalogue {

  @PersistenceContext private EntityManager em;

  private volatile Map<String, FrameworkVersion> frameworks = Map.of();
  private volatile Map<Integer, EvaluationYear> years = Map.of();
  private volatile Map<String, Scorer> scorers = Map.of();
  private volatile Map<String, Planner> planners = Map.of();

  @PostConstruct
  void load() {
    Map<String, FrameworkVersion> f = new LinkedHashMap<>();
    Map<String, Scorer> s = new LinkedHashMap<>();
    Map<String, Planner> p = new LinkedHashMap<>();
    for (FrameworkVersion version :
        em.createNamedQuery(FrameworkVersion.FIND_ALL, FrameworkVersion.class).getResultList()) {
      version.getBands().size();
      version.getLevelLabels().size();
      version.getNodes().forEach(n -> n.getCriteria().size());
      f.put(version.getCode(), version);
      Scorer scorer = new Scorer(version);
      s.put(version.getCode(), scorer);
      p.put(version.getCode(), new Planner(scorer));
    }
    Map<Integer, EvaluationYear> y = new LinkedHashMap<>();
    em.createNamedQuery(EvaluationYear.FIND_ALL, EvaluationYear.class)
        .getResultList()
        .forEach(e -> y.put(e.getYear(), e));
    frameworks = f;
    scorers = s;
    planners = p;
    years = y;
  }

  public Collection<FrameworkVersion> frameworks() {
    return frameworks.values();
  }

  public Optional<FrameworkVersion> findFramework(String code) {
    return Optional.ofNullable(frameworks.get(code));
  }

  public FrameworkVersion getFramework(String code) {
    return findFramework(code)
        .orElseThrow(() -> new NotFoundException("error.framework.notFound", code));
  }

  public Optional<EvaluationYear> findYear(int year) {
    return Optional.ofNullable(years.get(year));
  }

  public EvaluationYear getYear(int year) {
    return findYear(year).orElseThrow(() -> new NotFoundException("error.year.notFound", year));
  }

  /** The latest evaluation year held (the one a simulation opens on when none is asked for). */
  public int latestYear() {
    return years.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
  }

  public Scorer scorer(String frameworkCode) {
    getFramework(frameworkCode);
    return scorers.get(frameworkCode);
  }

  public Planner planner(String frameworkCode) {
    getFramework(frameworkCode);
    return planners.get(frameworkCode);
  }

  /**
   * The grading basis of {@code year} for a value scored on {@code frameworkCode}: the exact value
   * when no year is given; a year unknown or scored on another framework is refused (field {@code
   * year}).
   */
  public GradingBasis gradingBasis(String frameworkCode, Integer year) {
    if (year == null) {
      return GradingBasis.EXACT;
    }
    EvaluationYear evaluation =
        findYear(year)
            .orElseThrow(() -> new InvalidInputException("year", "error.year.notFound", year));
    if (!evaluation.getFramework().getCode().equals(frameworkCode)) {
      throw new InvalidInputException(
          "year", "error.year.otherFramework", year, evaluation.getFramework().getCode());
    }
    return evaluation.getGradingBasis();
  }
}
