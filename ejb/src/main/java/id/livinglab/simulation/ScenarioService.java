package id.livinglab.simulation;

import id.livinglab.assessment.TextInput;
import id.livinglab.audit.AuditLog;
import id.livinglab.common.AccessDeniedException;
import id.livinglab.common.ConflictException;
import id.livinglab.common.InvalidInputException;
import id.livinglab.common.NotFoundException;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.NodeKind;
import id.livinglab.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Saved what-ifs of an instansi: saved by name, seen again by their author, shared with the
 * instansi's colleagues on purpose. Every save and change of sharing is audited, like assessment
 * data, because a shared scenario is what a head of region may be shown.
 */
@Stateless
@PermitAll
public class ScenarioService {

  @Inject private Clock clock;
  @PersistenceContext private EntityManager em;
  @EJB private SimulationGuard guard;
  @EJB private AuditLog audit;

  /** One line of the scenario list. */
  public record Summary(
      long id,
      String name,
      LevelSource source,
      Visibility visibility,
      String createdBy,
      LocalDateTime updatedAt,
      boolean mine) {}

  /** The scenarios of {@code code}'s {@code year} the caller sees: their own and shared ones. */
  public List<Summary> list(int year, String code) {
    Caller caller = guard.require(code);
    return em
        .createNamedQuery(Scenario.FIND_VISIBLE, Scenario.class)
        .setParameter("code", code)
        .setParameter("year", year)
        .setParameter("user", caller.username())
        .getResultList()
        .stream()
        .map(s -> summary(s, caller))
        .toList();
  }

  /** A scenario the caller may see; another instansi's is refused, an unknown one is 404. */
  public Scenario get(long id) {
    Scenario s = em.find(Scenario.class, id);
    if (s == null) {
      throw new NotFoundException("error.scenario.notFound", id);
    }
    Caller caller = guard.require(s.getInstansiCode());
    if (!SimulationAccess.maySee(caller, s)) {
      throw new AccessDeniedException("error.scenario.forbidden", s.getName());
    }
    return s;
  }

  /**
   * Saves {@code levels} under {@code name}: a new scenario, or the caller's own of that name
   * replaced. A colleague's name is refused (theirs is kept), as are levels off the year's scale.
   */
  public Summary save(
      int year, String code, String name, LevelSource source, Map<String, BigDecimal> levels) {
    Caller caller = guard.require(code);
    FrameworkVersion framework = guard.framework(year);
    String title = TextInput.required("name", name, Scenario.NAME_LENGTH);
    Map<String, BigDecimal> checked = checkedLevels(framework, levels);
    LocalDateTime now = LocalDateTime.now(clock);
    Scenario scenario =
        em.createNamedQuery(Scenario.FIND_BY_NAME, Scenario.class)
            .setParameter("code", code)
            .setParameter("year", year)
            .setParameter("name", title)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (scenario == null) {
      scenario =
          new Scenario(
              code,
              year,
              framework.getCode(),
              title,
              source == null ? LevelSource.MINIMUM : source,
              caller.username(),
              now);
      scenario.update(checked, caller.username(), now);
      em.persist(scenario);
    } else if (!SimulationAccess.mayChange(caller, scenario)) {
      throw new ConflictException("error.scenario.nameTaken", title, scenario.getCreatedBy());
    } else {
      scenario.update(checked, caller.username(), now);
    }
    audit.record(
        "scenario.save", subject(scenario), "name: " + title + "; levels " + describe(checked));
    return summary(scenario, caller);
  }

  /** The author shares a scenario with the instansi, or takes it back. */
  public Summary share(long id, Visibility visibility) {
    Scenario s = get(id);
    Caller caller = guard.require(s.getInstansiCode());
    if (!SimulationAccess.mayChange(caller, s)) {
      throw new AccessDeniedException("error.scenario.notYours", s.getName(), s.getCreatedBy());
    }
    Visibility before = s.getVisibility();
    s.share(visibility, caller.username(), LocalDateTime.now(clock));
    audit.record("scenario.share", subject(s), "visibility: " + before + " → " + visibility);
    return summary(s, caller);
  }

  /** Every indicator once, on the scale; what is missing is refused rather than guessed. */
  static Map<String, BigDecimal> checkedLevels(
      FrameworkVersion framework, Map<String, BigDecimal> levels) {
    Map<String, BigDecimal> out = new HashMap<>();
    for (FrameworkNode n : framework.nodesOfKind(NodeKind.INDICATOR)) {
      BigDecimal level = levels == null ? null : levels.get(n.getCode());
      out.put(n.getCode(), TextInput.level("levels." + n.getCode(), level, framework));
    }
    if (levels != null && levels.size() != out.size()) {
      levels.keySet().stream()
          .filter(k -> !out.containsKey(k))
          .findFirst()
          .ifPresent(
              k -> {
                throw new InvalidInputException(
                    "levels." + k, "error.indicator.notFound", k, framework.getCode());
              });
    }
    return out;
  }

  private static String describe(Map<String, BigDecimal> levels) {
    StringBuilder b = new StringBuilder();
    levels.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(SimulationGuard.INDICATOR_ORDER))
        .forEach(
            e -> b.append(e.getKey()).append('=').append(e.getValue().toPlainString()).append(' '));
    return b.toString().strip();
  }

  static String subject(Scenario s) {
    return "scenario/" + s.getYear() + "/" + s.getInstansiCode() + "/" + s.getId();
  }

  private static Summary summary(Scenario s, Caller caller) {
    return new Summary(
        s.getId(),
        s.getName(),
        s.getSource(),
        s.getVisibility(),
        s.getCreatedBy(),
        s.getUpdatedAt(),
        s.getCreatedBy().equals(caller.username()));
  }
}
