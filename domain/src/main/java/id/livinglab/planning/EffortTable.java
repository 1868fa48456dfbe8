package id.livinglab.planning;

import id.livinglab.planning.PlanningException.Reason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The effort of every step, by indicator and by the whole level the step leaves (0 … top − 1),
 * checked and read from a request's tables: 1 wherever the user gave nothing. The array form is
 * documented at {@link PlanRequest#effort()}.
 */
final class EffortTable {

  private final BigDecimal[][] byRung;

  private EffortTable(BigDecimal[][] byRung) {
    this.byRung = byRung;
  }

  static EffortTable of(PlanRequest request, Planner planner) {
    BigDecimal[][] byRung = new BigDecimal[planner.size()][];
    int fromOne = planner.rungs() - 1;
    for (Map.Entry<String, List<BigDecimal>> e : request.effort().entrySet()) {
      String field = "effort." + e.getKey();
      int at = planner.indexOf(e.getKey(), field);
      List<BigDecimal> steps = e.getValue();
      if (steps == null || (steps.size() != fromOne && steps.size() != fromOne + 1)) {
        throw new PlanningException(Reason.EFFORT_LENGTH, field, e.getKey(), fromOne, fromOne + 1);
      }
      BigDecimal[] rungs = new BigDecimal[planner.rungs()];
      int offset = steps.size() == fromOne ? 1 : 0;
      for (int k = 0; k < steps.size(); k++) {
        BigDecimal effort = steps.get(k);
        if (effort == null || effort.signum() < 0) {
          throw new PlanningException(Reason.EFFORT_NEGATIVE, field, e.getKey());
        }
        rungs[k + offset] = effort;
      }
      byRung[at] = rungs;
    }
    return new EffortTable(byRung);
  }

  /** The effort of indicator {@code i}'s step up from whole level {@code rung}. */
  BigDecimal of(int i, int rung) {
    BigDecimal[] rungs = byRung[i];
    BigDecimal effort = rungs == null || rung >= rungs.length ? null : rungs[rung];
    return effort == null ? BigDecimal.ONE : effort;
  }
}
