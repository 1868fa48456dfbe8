package id.livinglab.practice;

import java.util.List;

/**
 * A move the workflow does not allow: why, and which moves the party may make instead (the REST
 * face names them in its 409).
 */
public class AdoptionRefusedException extends RuntimeException {

  private final transient AdoptionWorkflow.Refusal refusal;
  private final transient List<AdoptionStage> allowed;

  public AdoptionRefusedException(
      AdoptionStage from,
      AdoptionStage to,
      AdoptionWorkflow.Refusal refusal,
      List<AdoptionStage> allowed) {
    super(from + " -> " + to + ": " + refusal);
    this.refusal = refusal;
    this.allowed = List.copyOf(allowed);
  }

  public AdoptionWorkflow.Refusal refusal() {
    return refusal;
  }

  public List<AdoptionStage> allowed() {
    return allowed;
  }
}
