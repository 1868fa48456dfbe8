package id.livinglab.simulation;

import id.livinglab.assessment.TextInput;
import id.livinglab.common.InvalidInputException;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.NodeKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The checks of what a planner sends to become a task: a step is one whole-level rise of an
 * indicator of the year's framework with an effort the column holds exactly, and a deadline lies
 * between {@link ActionTask#earliestDeadline()} and {@link ActionTask#latestDeadline}.
 */
final class TaskInput {

  private TaskInput() {}

  static void step(FrameworkVersion framework, ActionPlans.StepInput s) {
    String field = "steps." + s.indicator();
    boolean indicator =
        s.indicator() != null
            && framework
                .findNode(s.indicator())
                .filter(n -> n.getKind() == NodeKind.INDICATOR)
                .isPresent();
    if (!indicator) {
      throw new InvalidInputException(
          field, "error.indicator.notFound", String.valueOf(s.indicator()), framework.getCode());
    }
    TextInput.level(field, s.from(), framework);
    TextInput.level(field, s.to(), framework);
    BigDecimal next = s.from().setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE);
    if (s.to().compareTo(next) != 0) {
      throw new InvalidInputException(
          field, "error.plan.notOneStep", s.from().toPlainString(), s.to().toPlainString());
    }
    if (s.effort() != null && s.effort().signum() < 0) {
      throw new InvalidInputException(field, "error.plan.negativeEffort");
    }
    if (s.effort() != null && !ActionTask.effortFits(s.effort())) {
      throw new InvalidInputException(
          field,
          "error.plan.effortBounds",
          ActionTask.EFFORT_PRECISION - ActionTask.EFFORT_SCALE,
          ActionTask.EFFORT_SCALE);
    }
  }

  /** A task's deadline, within the plan's range as seen from {@code today}. */
  static LocalDate deadline(LocalDate deadline, LocalDate today) {
    if (deadline == null) {
      throw new InvalidInputException("deadline", "error.text.required");
    }
    LocalDate latest = ActionTask.latestDeadline(today);
    if (deadline.isBefore(ActionTask.earliestDeadline()) || deadline.isAfter(latest)) {
      throw new InvalidInputException(
          "deadline",
          "error.plan.deadlineRange",
          ActionTask.earliestDeadline().toString(),
          latest.toString());
    }
    return deadline;
  }
}
