package id.livinglab.assessment;

import id.livinglab.security.Caller;
import id.livinglab.security.Role;
import java.util.Collection;
import java.util.Set;

/**
 * What a caller may do with one instansi's assessment, by role and instansi alone: whether the
 * stage is open is asked separately, so that a refusal can say which of the two it was. The
 * caller's role and instansi come from the directory; assignments from the administrator.
 *
 * @param caller who asks
 * @param instansiCode the instansi whose assessment it is
 * @param assignment the aspects the caller is assigned to assess there
 */
public record Access(Caller caller, String instansiCode, Assignment assignment) {

  /** The aspects an assessor is assigned to at one instansi: none, some, or all. */
  public record Assignment(boolean all, Set<String> aspects) {

    public static final Assignment NONE = new Assignment(false, Set.of());
    public static final Assignment ALL = new Assignment(true, Set.of());

    public boolean any() {
      return all || !aspects.isEmpty();
    }

    public boolean covers(String aspect) {
      return all || aspects.contains(aspect);
    }
  }

  private boolean own() {
    return instansiCode.equals(caller.instansiCode());
  }

  private boolean staffOf() {
    return own() && (caller.has(Role.OPERATOR) || caller.has(Role.KOORDINATOR));
  }

  private boolean assessor() {
    return caller.has(Role.ASESOR) && assignment.any();
  }

  /** Sees the assessment: the administrator, the instansi's own people, its assessors. */
  public boolean mayRead() {
    return caller.has(Role.ADMIN) || (own() && !caller.roles().isEmpty()) || assessor();
  }

  /** Sees one indicator: an assessor assigned to one aspect sees only that aspect's indicators. */
  public boolean mayRead(String aspect) {
    return caller.has(Role.ADMIN)
        || (own() && !caller.roles().isEmpty())
        || (caller.has(Role.ASESOR) && assignment.covers(aspect));
  }

  /**
   * Downloads an evidence file serving indicators of {@code aspects}: whoever may read at least one
   * of those indicators; a file that serves none only whoever reads every indicator. The file's id
   * alone (a sequence number) never opens it.
   */
  public boolean mayReadEvidence(Collection<String> aspects) {
    return aspects.isEmpty() ? mayReadAll() : aspects.stream().anyMatch(this::mayRead);
  }

  /** Sees every indicator, so also the index they make: all but an assessor of some aspects. */
  public boolean mayReadAll() {
    return caller.has(Role.ADMIN)
        || (own() && !caller.roles().isEmpty())
        || (caller.has(Role.ASESOR) && assignment.all());
  }

  /** Fills in the self-assessment and uploads evidence: the instansi's operator or coordinator. */
  public boolean mayAnswerSelf() {
    return staffOf();
  }

  /** Approves and submits the self-assessment: the instansi's coordinator. */
  public boolean maySubmit() {
    return own() && caller.has(Role.KOORDINATOR);
  }

  /** Sets external values and verdicts on an aspect's indicators: an assessor assigned to it. */
  public boolean mayReview(String aspect) {
    return caller.has(Role.ASESOR) && assignment.covers(aspect);
  }

  /** Reviews at least one aspect here: what the assessment's overview asks. */
  public boolean mayReviewSome() {
    return assessor();
  }

  /** Answers the assessors' notes: the instansi's operator or coordinator. */
  public boolean mayReply() {
    return staffOf();
  }

  /** Turns external values into the official result: the national administrator. */
  public boolean mayFinalise() {
    return caller.has(Role.ADMIN);
  }
}
