package id.livinglab.web.simulation;

import id.livinglab.common.InvalidInputException;
import id.livinglab.framework.FrameworkCatalogue;
import id.livinglab.framework.PredicateBand;
import id.livinglab.planning.Goal;
import id.livinglab.planning.Plan;
import id.livinglab.planning.PlanRequest;
import id.livinglab.planning.PlanningService;
import id.livinglab.simulation.ActionPlans;
import id.livinglab.simulation.SimulationAccess;
import id.livinglab.support.DecimalInput;
import id.livinglab.web.common.FacesMessages;
import id.livinglab.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The planner on the simulation page: the cheapest steps from the levels being tried to a predicate
 * or an index, or the highest index for a budget; the steps can be tried in the simulation and
 * turned into tasks of the action plan.
 */
@Named
@ViewScoped
public class PlannerBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the plan aims at. */
  public enum TargetKind {
    PREDICATE,
    INDEX,
    BUDGET
  }

  @Inject private SimulationBacking simulation;
  @EJB private PlanningService planning;
  @EJB private ActionPlans actionPlans;
  @EJB private FrameworkCatalogue catalogue;
  @Inject private CurrentUser currentUser;

  private TargetKind kind = TargetKind.PREDICATE;
  private String predicate;
  private BigDecimal value;
  private transient Plan plan;
  private final List<Plan.Step> steps = new ArrayList<>();
  private String ownerOpd;
  private LocalDate deadline;

  public void plan() {
    plan = null;
    steps.clear();
    FacesMessages.attempt(
        () -> {
          plan = planning.plan(simulation.getFrameworkCode(), simulation.getYear(), request());
          steps.addAll(plan.steps());
        });
  }

  /** Tries the plan's steps in the simulation. */
  public void apply() {
    Map<String, BigDecimal> levels = new HashMap<>();
    steps.forEach(s -> levels.put(s.indicator(), s.to()));
    simulation.apply(levels);
  }

  /** The plan's steps become tasks of the instansi's action plan for the year. */
  public void makeTasks() {
    FacesMessages.attempt(
        () -> {
          int added =
              actionPlans.addSteps(
                  simulation.getYear(),
                  simulation.getCode(),
                  steps.stream()
                      .map(
                          s ->
                              new ActionPlans.StepInput(
                                  s.indicator(), s.from(), s.to(), s.effort()))
                      .toList(),
                  ownerOpd,
                  deadline);
          FacesMessages.info("plan.tasks.added", added, steps.size() - added);
        });
  }

  private PlanRequest request() {
    if (kind != TargetKind.PREDICATE && value == null) {
      throw new InvalidInputException("target", "error.text.required");
    }
    Goal goal =
        switch (kind) {
          case PREDICATE -> new Goal.Predicate(predicate);
          case INDEX -> new Goal.Index(value);
          case BUDGET -> new Goal.Budget(value);
        };
    Map<String, List<BigDecimal>> effort = new HashMap<>();
    Map<String, Integer> maxSteps = new HashMap<>();
    Set<String> exclude = new HashSet<>();
    for (SimulationRow r : simulation.getRows()) {
      if (r.getEffort() != null && !r.getEffort().isBlank()) {
        effort.put(r.getCode(), efforts(r));
      }
      if (r.getMaxSteps() != null) {
        maxSteps.put(r.getCode(), r.getMaxSteps());
      }
      if (r.isExcluded()) {
        exclude.add(r.getCode());
      }
    }
    return new PlanRequest(simulation.levels(), null, goal, effort, maxSteps, exclude);
  }

  /**
   * "1, 2, 3, 5" or "1 2 3 5": the cost of each step up, as on the REST API (decimals with a point,
   * since the comma separates).
   */
  private static List<BigDecimal> efforts(SimulationRow r) {
    List<BigDecimal> out = new ArrayList<>();
    for (String part : r.getEffort().split("[;,\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      // Within the bound every number from outside keeps, so that "1e3000000" is refused here
      // like on the REST API instead of costing the planner seconds.
      out.add(
          DecimalInput.parse(part)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "effort." + r.getCode(),
                          "error.simulation.effort",
                          r.getCode(),
                          part.strip())));
    }
    return out;
  }

  /** The predicates of the year's framework, lowest first, for the target list. */
  public List<String> getPredicates() {
    return catalogue.getFramework(simulation.getFrameworkCode()).getBands().stream()
        .map(PredicateBand::getNameId)
        .toList();
  }

  public boolean isMayPlan() {
    return currentUser
        .caller()
        .map(c -> SimulationAccess.mayPlan(c, simulation.getCode()))
        .orElse(false);
  }

  /** The indicator's name, for a step. */
  public String name(String indicator) {
    return simulation.getRows().stream()
        .filter(r -> r.getCode().equals(indicator))
        .map(SimulationRow::getName)
        .findFirst()
        .orElse(indicator);
  }

  public Plan getPlan() {
    return plan;
  }

  public List<Plan.Step> getSteps() {
    return steps;
  }

  public TargetKind[] getKinds() {
    return TargetKind.values();
  }

  public TargetKind getKind() {
    return kind;
  }

  public void setKind(TargetKind kind) {
    this.kind = kind;
  }

  public String getPredicate() {
    return predicate;
  }

  public void setPredicate(String predicate) {
    this.predicate = predicate;
  }

  public BigDecimal getValue() {
    return value;
  }

  public void setValue(BigDecimal value) {
    this.value = value;
  }

  public String getOwnerOpd() {
    return ownerOpd;
  }

  public void setOwnerOpd(String ownerOpd) {
    this.ownerOpd = ownerOpd;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }
}
