package id.livinglab.simulation;

import id.livinglab.assessment.TextInput;
import id.livinglab.audit.AuditLog;
import id.livinglab.common.ConflictException;
import id.livinglab.common.InvalidInputException;
import id.livinglab.common.NotFoundException;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An instansi's action plan for a year: planned level steps become tasks with an owning OPD, a
 * deadline and a status, and each task is followed up against the next official result. The
 * coordinator, the head or the administrator plans; any of the instansi's people report progress.
 * Every change is audited.
 */
@Stateless
@PermitAll
public class ActionPlans {

  @Inject private Clock clock;
  @PersistenceContext private EntityManager em;
  @EJB private SimulationGuard guard;
  @EJB private FollowUps followUps;
  @EJB private AuditLog audit;

  /** One planned step to turn into a task. */
  public record StepInput(String indicator, BigDecimal from, BigDecimal to, BigDecimal effort) {}

  /** One task as the plan page shows it, with its follow-up. */
  public record TaskView(
      long id,
      String indicator,
      String indicatorName,
      BigDecimal from,
      BigDecimal to,
      BigDecimal effort,
      String ownerOpd,
      LocalDate deadline,
      TaskStatus status,
      boolean overdue,
      Movement movement,
      Integer followUpYear,
      BigDecimal followUpLevel,
      int version) {}

  /**
   * The plan with its progress.
   *
   * @param done tasks finished, of {@code active} (cancelled tasks count in neither)
   * @param effortDone the effort of finished tasks, of {@code effortTotal}
   */
  public record PlanView(
      int year,
      String instansiCode,
      String frameworkCode,
      List<TaskView> tasks,
      int done,
      int active,
      BigDecimal effortDone,
      BigDecimal effortTotal,
      boolean mayPlan) {

    /** Whole percent of the effort finished, for the progress bar. */
    public int percentDone() {
      return effortTotal.signum() == 0
          ? 0
          : effortDone
              .multiply(BigDecimal.valueOf(100))
              .divide(effortTotal, 0, RoundingMode.DOWN)
              .intValue();
    }
  }

  public PlanView plan(int year, String code) {
    Caller caller = guard.require(code);
    FrameworkVersion framework = guard.framework(year);
    FollowUps.FollowUp followUp = followUps.after(year, code, framework.getCode());
    LocalDate today = LocalDate.now(clock);
    List<TaskView> views = new ArrayList<>();
    int done = 0;
    int active = 0;
    BigDecimal effortDone = BigDecimal.ZERO;
    BigDecimal effortTotal = BigDecimal.ZERO;
    for (ActionTask t : tasks(year, code)) {
      Optional<BigDecimal> next = followUp.level(t.getIndicatorCode());
      Movement movement =
          followUp.otherFramework()
              ? Movement.OTHER_FRAMEWORK
              : Movement.of(t.getFromLevel(), t.getToLevel(), next);
      views.add(
          new TaskView(
              t.getId(),
              t.getIndicatorCode(),
              framework.findNode(t.getIndicatorCode()).map(FrameworkNode::getNameId).orElse(""),
              t.getFromLevel(),
              t.getToLevel(),
              t.getEffort(),
              t.getOwnerOpd(),
              t.getDeadline(),
              t.getStatus(),
              t.getStatus() != TaskStatus.SELESAI
                  && t.getStatus() != TaskStatus.DIBATALKAN
                  && t.getDeadline().isBefore(today),
              movement,
              followUp.year(),
              next.orElse(null),
              t.getVersion()));
      if (t.getStatus() != TaskStatus.DIBATALKAN) {
        active++;
        effortTotal = effortTotal.add(t.getEffort());
        if (t.getStatus() == TaskStatus.SELESAI) {
          done++;
          effortDone = effortDone.add(t.getEffort());
        }
      }
    }
    return new PlanView(
        year,
        code,
        framework.getCode(),
        List.copyOf(views),
        done,
        active,
        effortDone,
        effortTotal,
        SimulationAccess.mayPlan(caller, code));
  }

  /**
   * Adds one task per step, owned by {@code ownerOpd} by {@code deadline}. A step must be one
   * whole-level rise on the year's scale (the planner's steps are); a step already planned is left
   * as it is and counted in the answer, so adding a plan twice adds nothing.
   *
   * @return how many tasks were added
   */
  public int addSteps(
      int year, String code, List<StepInput> steps, String ownerOpd, LocalDate deadline) {
    Caller caller = guard.requirePlanner(code);
    FrameworkVersion framework = guard.framework(year);
    String owner = TextInput.required("ownerOpd", ownerOpd, ActionTask.OPD_LENGTH);
    LocalDate due = TaskInput.deadline(deadline, LocalDate.now(clock));
    if (steps == null || steps.isEmpty()) {
      throw new InvalidInputException("steps", "error.plan.noSteps");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    int added = 0;
    for (StepInput s : steps) {
      TaskInput.step(framework, s);
      boolean exists =
          em.createNamedQuery(ActionTask.FIND_STEP, ActionTask.class)
              .setParameter("code", code)
              .setParameter("year", year)
              .setParameter("indicator", s.indicator())
              .setParameter("to", s.to())
              .getResultStream()
              .findAny()
              .isPresent();
      if (exists) {
        continue;
      }
      ActionTask task =
          new ActionTask(
              code,
              year,
              framework.getCode(),
              s.indicator(),
              s.from(),
              s.to(),
              s.effort() == null ? BigDecimal.ONE : s.effort(),
              owner,
              due,
              caller.username(),
              now);
      em.persist(task);
      audit.record(
          "plan.task.add",
          subject(task),
          "indicator "
              + s.indicator()
              + ": "
              + s.from().toPlainString()
              + " → "
              + s.to().toPlainString()
              + "; owner: "
              + owner
              + "; deadline: "
              + due);
      added++;
    }
    return added;
  }

  /**
   * Reports progress on a task: owner, deadline and status, checked against the version the form
   * started from, so a colleague's newer report is never overwritten unseen.
   */
  public void update(
      long id, String ownerOpd, LocalDate deadline, TaskStatus status, int expectedVersion) {
    ActionTask task = em.find(ActionTask.class, id);
    if (task == null) {
      throw new NotFoundException("error.task.notFound", id);
    }
    Caller caller = guard.require(task.getInstansiCode());
    if (task.getVersion() != expectedVersion) {
      throw new ConflictException("error.task.conflict", task.getUpdatedBy(), task.getUpdatedAt());
    }
    String owner = TextInput.required("ownerOpd", ownerOpd, ActionTask.OPD_LENGTH);
    LocalDate due = TaskInput.deadline(deadline, LocalDate.now(clock));
    if (status == null) {
      throw new InvalidInputException("status", "error.text.required");
    }
    String before =
        "owner: "
            + task.getOwnerOpd()
            + " → "
            + owner
            + "; deadline: "
            + task.getDeadline()
            + " → "
            + due
            + "; status: "
            + task.getStatus()
            + " → "
            + status;
    task.update(owner, due, status, caller.username(), LocalDateTime.now(clock));
    em.flush();
    audit.record("plan.task.update", subject(task), before);
  }

  private List<ActionTask> tasks(int year, String code) {
    return em.createNamedQuery(ActionTask.FIND_BY_PLAN, ActionTask.class)
        .setParameter("code", code)
        .setParameter("year", year)
        .getResultList();
  }

  private static String subject(ActionTask t) {
    return "plan/" + t.getBaseYear() + "/" + t.getInstansiCode() + "/" + t.getId();
  }
}
