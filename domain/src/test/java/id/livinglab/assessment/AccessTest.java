package id.livinglab.assessment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.assessment.Access.Assignment;
import id.livinglab.security.Caller;
import id.livinglab.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessTest {

  private static final String SUMEDANG = "32.11";

  private static Caller caller(Role role, String instansi) {
    return new Caller("u", "U", Set.of(role), instansi);
  }

  private static Access on(Caller caller, Assignment assignment) {
    return new Access(caller, SUMEDANG, assignment);
  }

  @Test
  void operatorOfTheInstansiAnswersButDoesNotSubmit() {
    Access a = on(caller(Role.OPERATOR, SUMEDANG), Assignment.NONE);
    assertTrue(a.mayRead());
    assertTrue(a.mayAnswerSelf());
    assertFalse(a.maySubmit());
    assertTrue(a.mayReply());
    assertFalse(a.mayReview("A1"));
    assertFalse(a.mayFinalise());
  }

  @Test
  void operatorOfAnotherInstansiCanDoNothing() {
    Access a = on(caller(Role.OPERATOR, "32.05"), Assignment.NONE);
    assertFalse(a.mayRead());
    assertFalse(a.mayRead("A1"));
    assertFalse(a.mayAnswerSelf());
    assertFalse(a.mayReply());
  }

  @Test
  void coordinatorSubmitsPimpinanOnlyReads() {
    assertTrue(on(caller(Role.KOORDINATOR, SUMEDANG), Assignment.NONE).maySubmit());
    Access head = on(caller(Role.PIMPINAN, SUMEDANG), Assignment.NONE);
    assertTrue(head.mayRead());
    assertFalse(head.mayAnswerSelf());
    assertFalse(head.maySubmit());
  }

  @Test
  void assessorSeesAndScoresOnlyWhatIsAssigned() {
    Caller asesor = caller(Role.ASESOR, null);
    assertFalse(on(asesor, Assignment.NONE).mayRead());
    assertFalse(on(asesor, Assignment.NONE).mayReviewSome());
    Access oneAspect = on(asesor, new Assignment(false, Set.of("A3")));
    assertTrue(oneAspect.mayRead());
    assertTrue(oneAspect.mayRead("A3"));
    assertFalse(oneAspect.mayRead("A1"));
    assertTrue(oneAspect.mayReview("A3"));
    assertTrue(oneAspect.mayReviewSome());
    assertFalse(oneAspect.mayReadAll());
    assertTrue(on(asesor, Assignment.ALL).mayReadAll());
    assertFalse(oneAspect.mayReview("A1"));
    assertFalse(oneAspect.mayAnswerSelf());
    assertTrue(on(asesor, Assignment.ALL).mayReview("A7"));
  }

  @Test
  void administratorReadsAndFinalisesButDoesNotAnswer() {
    Access a = on(caller(Role.ADMIN, null), Assignment.NONE);
    assertTrue(a.mayRead());
    assertTrue(a.mayFinalise());
    assertFalse(a.mayAnswerSelf());
    assertFalse(a.mayReview("A1"));
  }

  @Test
  void stagesAdvanceInOrderAndOnlyReviewStagesReview() {
    assertTrue(Stage.MANDIRI.next() == Stage.DOKUMEN);
    assertTrue(Stage.SELESAI.next() == Stage.SELESAI);
    assertFalse(Stage.MANDIRI.isReview());
    assertTrue(Stage.VISITASI.isReview());
    assertFalse(Stage.FINALISASI.isReview());
  }

  @Test
  void evidenceOpensOnlyForWhoMayReadAnIndicatorItServes() {
    Access ofA3 = on(caller(Role.ASESOR, null), new Assignment(false, Set.of("A3")));

    assertTrue(ofA3.mayReadEvidence(Set.of("A3")));
    assertTrue(ofA3.mayReadEvidence(Set.of("A1", "A3")));
    assertFalse(ofA3.mayReadEvidence(Set.of("A1")));
    assertFalse(ofA3.mayReadEvidence(Set.of()));
    assertTrue(on(caller(Role.ASESOR, null), Assignment.ALL).mayReadEvidence(Set.of()));
    assertTrue(on(caller(Role.OPERATOR, SUMEDANG), Assignment.NONE).mayReadEvidence(Set.of("A1")));
    assertFalse(on(caller(Role.OPERATOR, "32.05"), Assignment.NONE).mayReadEvidence(Set.of("A1")));
    assertTrue(on(caller(Role.ADMIN, null), Assignment.NONE).mayReadEvidence(Set.of()));
  }
}
