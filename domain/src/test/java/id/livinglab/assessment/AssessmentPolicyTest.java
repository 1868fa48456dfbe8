package id.livinglab.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.livinglab.security.Caller;
import id.livinglab.security.Role;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every move × stage × status × caller of the assessment workflow against the rule as the handbook
 * states it: the instansi drafts in Penilaian Mandiri, assessors review (and the instansi replies)
 * in the three review stages, the administrator finalises in Finalisasi, and nothing moves once the
 * period is closed.
 */
class AssessmentPolicyTest {

  private static final String OWN = "32.11";

  private static Access access(String instansi, Access.Assignment assignment, Role... roles) {
    return new Access(new Caller("u", "U", Set.of(roles), instansi), OWN, assignment);
  }

  private static final Map<String, Access> CALLERS =
      Map.of(
          "admin", access(null, Access.Assignment.NONE, Role.ADMIN),
          "operator", access(OWN, Access.Assignment.NONE, Role.OPERATOR),
          "koordinator", access(OWN, Access.Assignment.NONE, Role.KOORDINATOR),
          "pimpinan", access(OWN, Access.Assignment.NONE, Role.PIMPINAN),
          "operator of another", access("32.05", Access.Assignment.NONE, Role.OPERATOR),
          "asesor of all", access(null, Access.Assignment.ALL, Role.ASESOR),
          "asesor of A1", access(null, new Access.Assignment(false, Set.of("A1")), Role.ASESOR),
          "asesor unassigned", access(null, Access.Assignment.NONE, Role.ASESOR));

  /** Who may make each move at all (the stage and status aside). */
  private static final Map<Move, Set<String>> WHO =
      Map.of(
          Move.ANSWER_SELF, Set.of("operator", "koordinator"),
          Move.SUBMIT, Set.of("koordinator"),
          Move.REVIEW, Set.of("asesor of all", "asesor of A1"),
          Move.REPLY, Set.of("operator", "koordinator"),
          Move.FINALISE, Set.of("admin"));

  /** When each move is possible: its stages and the status it needs. */
  private static final Map<Move, Set<Stage>> WHEN =
      Map.of(
          Move.ANSWER_SELF, EnumSet.of(Stage.MANDIRI),
          Move.SUBMIT, EnumSet.of(Stage.MANDIRI),
          Move.REVIEW, EnumSet.of(Stage.DOKUMEN, Stage.INTERVIU, Stage.VISITASI),
          Move.REPLY, EnumSet.of(Stage.DOKUMEN, Stage.INTERVIU, Stage.VISITASI),
          Move.FINALISE, EnumSet.of(Stage.FINALISASI));

  private static final Map<Move, AssessmentStatus> NEEDS =
      Map.of(
          Move.ANSWER_SELF, AssessmentStatus.DRAFT,
          Move.SUBMIT, AssessmentStatus.DRAFT,
          Move.REVIEW, AssessmentStatus.SUBMITTED,
          Move.REPLY, AssessmentStatus.SUBMITTED,
          Move.FINALISE, AssessmentStatus.SUBMITTED);

  @Test
  void everyCombinationIsDecidedAsTheHandbookSays() {
    List<String> wrong = new ArrayList<>();
    int combinations = 0;
    for (Move move : Move.values()) {
      for (Map.Entry<String, Access> caller : CALLERS.entrySet()) {
        for (Stage stage : Stage.values()) {
          for (AssessmentStatus status : AssessmentStatus.values()) {
            AssessmentPolicy.Refusal expected =
                !WHO.get(move).contains(caller.getKey())
                    ? AssessmentPolicy.Refusal.FORBIDDEN
                    : !WHEN.get(move).contains(stage)
                        ? AssessmentPolicy.Refusal.STAGE_CLOSED
                        : status == NEEDS.get(move)
                            ? AssessmentPolicy.Refusal.NONE
                            : NEEDS.get(move) == AssessmentStatus.DRAFT
                                ? AssessmentPolicy.Refusal.NOT_DRAFT
                                : AssessmentPolicy.Refusal.NOT_SUBMITTED;
            AssessmentPolicy.Refusal actual =
                AssessmentPolicy.decide(move, caller.getValue(), stage, status, "A1").refusal();
            if (expected != actual) {
              wrong.add(
                  move + " by " + caller.getKey() + " in " + stage + "/" + status + ": " + actual);
            }
            combinations++;
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals(5 * 8 * 6 * 3, combinations);
  }

  @Test
  void anAssessorOfOneAspectReviewsOnlyThatAspectButTheOverviewShowsTheReviewing() {
    Access a1 = CALLERS.get("asesor of A1");
    assertEquals(
        AssessmentPolicy.Refusal.FORBIDDEN,
        AssessmentPolicy.decide(Move.REVIEW, a1, Stage.DOKUMEN, AssessmentStatus.SUBMITTED, "A2")
            .refusal());
    assertEquals(
        AssessmentPolicy.Refusal.NONE,
        AssessmentPolicy.decide(Move.REVIEW, a1, Stage.DOKUMEN, AssessmentStatus.SUBMITTED, null)
            .refusal());
  }

  @Test
  void withoutAStatusOnlyWhoAndWhenAreChecked() {
    assertEquals(
        AssessmentPolicy.Refusal.NONE,
        AssessmentPolicy.decide(
                Move.ANSWER_SELF, CALLERS.get("operator"), Stage.MANDIRI, null, null)
            .refusal());
  }

  @Test
  void theEntityRefusesAWrongTransitionItself() {
    Assessment a = new Assessment(new EvaluationPeriod(2026, "pemdi-2026", null), OWN);
    assertThrows(IllegalStateException.class, () -> a.finalise("admin", LocalDateTime.now()));
    a.submit("koordinator", LocalDateTime.now());
    assertThrows(IllegalStateException.class, () -> a.submit("koordinator", LocalDateTime.now()));
    a.finalise("admin", LocalDateTime.now());
    assertEquals(AssessmentStatus.FINALISED, a.getStatus());
  }
}
