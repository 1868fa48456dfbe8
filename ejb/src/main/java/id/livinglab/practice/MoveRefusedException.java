package id.livinglab.practice;

import id.livinglab.common.ConflictException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A stage move the workflow does not allow (409), naming why and the moves the caller may make
 * instead. Nothing was stored.
 */
public class MoveRefusedException extends ConflictException {

  private final transient List<AdoptionStage> allowed;

  public MoveRefusedException(AdoptionRefusedException e, AdoptionStage from, AdoptionStage to) {
    super(
        "error.adoption." + e.refusal().name(),
        from.name(),
        to.name(),
        e.allowed().isEmpty()
            ? "-"
            : e.allowed().stream().map(Enum::name).collect(Collectors.joining(", ")));
    this.allowed = e.allowed();
  }

  public List<AdoptionStage> allowed() {
    return allowed;
  }
}
