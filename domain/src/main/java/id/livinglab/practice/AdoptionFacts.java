package id.livinglab.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * What an adoption has gathered on its way, beside its stages: the adopter's problem and resources,
 * the baseline result it started from, the mode of transfer, the evidence that it runs and what the
 * adopter changed. It changes only through its {@link Adoption}, which records the facts of each
 * move ({@link StageFacts}); readers get it from {@link Adoption#getFacts()}.
 */
@Embeddable
public class AdoptionFacts {

  /** What the adopter changed (adaptasi). */
  @Column(length = AdoptionStep.NOTE_LENGTH)
  private String adaptation;

  /** The adopter's problem, stated when it prepares. */
  @Column(length = StageFacts.TEXT_LENGTH)
  private String problem;

  /** The people, budget and infrastructure the adopter brings. */
  @Column(length = StageFacts.TEXT_LENGTH)
  private String resources;

  /** The adopter's latest official result when it prepared: the year and the index. */
  @Column(name = "baseline_year")
  private Integer baselineYear;

  @Column(name = "baseline_index", precision = 9, scale = 4)
  private BigDecimal baselineIndex;

  @Enumerated(EnumType.STRING)
  @Column(name = "transfer_mode", length = 20)
  private TransferMode mode;

  /** Where to see that it runs (a link to the service, a decree, screenshots). */
  @Column(name = "evidence_url", length = PracticeDetails.URL_LENGTH)
  private String evidence;

  /** Keeps what a move brought; a fact the move left empty keeps its earlier value. */
  void record(StageFacts facts) {
    if (facts.problem() != null) {
      problem = facts.problem();
    }
    if (facts.resources() != null) {
      resources = facts.resources();
    }
    if (facts.mode() != null) {
      mode = facts.mode();
    }
    if (facts.evidence() != null) {
      evidence = facts.evidence();
    }
  }

  void baseline(Integer year, BigDecimal index) {
    baselineYear = year;
    baselineIndex = index;
  }

  void adapt(String note) {
    adaptation = note;
  }

  public boolean hasBaseline() {
    return baselineYear != null;
  }

  public String getAdaptation() {
    return adaptation;
  }

  public String getProblem() {
    return problem;
  }

  public String getResources() {
    return resources;
  }

  public Integer getBaselineYear() {
    return baselineYear;
  }

  public BigDecimal getBaselineIndex() {
    return baselineIndex;
  }

  public TransferMode getMode() {
    return mode;
  }

  public String getEvidence() {
    return evidence;
  }
}
