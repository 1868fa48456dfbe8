package id.livinglab.assessment;

import id.livinglab.scoring.ScoreReport;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One instansi's assessment in a period, as its overview page shows it: self and external level of
 * every indicator side by side, the two simulated indices, and what the caller may do now.
 */
public record AssessmentSheet(
    int year,
    String frameworkCode,
    String instansiCode,
    String instansiName,
    Stage stage,
    AssessmentStatus status,
    String submittedBy,
    LocalDateTime submittedAt,
    List<Row> rows,
    ScoreReport selfScore,
    ScoreReport externalScore,
    Permissions permissions) {

  /** One indicator: levels, the difference (external − self), who answers, evidence count. */
  public record Row(
      String code,
      String name,
      String aspectCode,
      BigDecimal weight,
      BigDecimal selfLevel,
      BigDecimal externalLevel,
      String opd,
      int evidenceCount,
      boolean readable) {

    public BigDecimal difference() {
      return selfLevel == null || externalLevel == null ? null : externalLevel.subtract(selfLevel);
    }

    /** Whether the external level differs from the self level (highlighted on the page). */
    public boolean differs() {
      BigDecimal d = difference();
      return d != null && d.signum() != 0;
    }
  }

  /** What the caller may do now (role, instansi and stage together). */
  public record Permissions(
      boolean editSelf, boolean submit, boolean review, boolean reply, boolean finalise) {

    /**
     * Asked of {@link AssessmentPolicy}, the rule the services enforce; {@code aspect} is the
     * indicator's aspect, or null for the assessment as a whole (review: any aspect).
     */
    static Permissions of(Access access, Stage stage, AssessmentStatus status, String aspect) {
      return new Permissions(
          AssessmentPolicy.allows(Move.ANSWER_SELF, access, stage, status, null),
          AssessmentPolicy.allows(Move.SUBMIT, access, stage, status, null),
          AssessmentPolicy.allows(Move.REVIEW, access, stage, status, aspect),
          AssessmentPolicy.allows(Move.REPLY, access, stage, status, null),
          AssessmentPolicy.allows(Move.FINALISE, access, stage, status, null));
    }
  }

  public long answeredCount() {
    return rows.stream().filter(r -> r.selfLevel() != null).count();
  }
}
