package id.livinglab.api.practice;

import id.livinglab.practice.Adoption;
import id.livinglab.practice.AdoptionStage;
import id.livinglab.practice.Practice;
import java.math.BigDecimal;
import java.util.List;

/**
 * An adoption with its stages and facts, and the moves the caller may make next (empty for a reader
 * of neither side).
 */
public record AdoptionJson(
    long id,
    long practice,
    String practiceTitle,
    String owner,
    String adopter,
    Long parent,
    String stage,
    boolean reported,
    boolean demo,
    String problem,
    String resources,
    Integer baselineYear,
    BigDecimal baselineIndex,
    String mode,
    String evidence,
    String adaptation,
    List<PracticeJson.Step> stages,
    List<String> allowed) {

  static AdoptionJson of(Adoption a, Practice p, List<AdoptionStage> allowed) {
    return new AdoptionJson(
        a.getId(),
        a.getPracticeId(),
        p.getTitle(),
        a.getOwnerCode(),
        a.getAdopterCode(),
        a.getParentId(),
        a.getStage().name(),
        a.isReported(),
        a.isDemo(),
        a.getFacts().getProblem(),
        a.getFacts().getResources(),
        a.getFacts().getBaselineYear(),
        a.getFacts().getBaselineIndex(),
        a.getFacts().getMode() == null ? null : a.getFacts().getMode().name(),
        a.getFacts().getEvidence(),
        a.getFacts().getAdaptation(),
        a.getSteps().stream().map(PracticeJson.Step::of).toList(),
        allowed.stream().map(Enum::name).toList());
  }
}
