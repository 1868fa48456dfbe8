package id.livinglab.practice;

import id.livinglab.instansi.Instansi;

/**
 * An adoption as the practice's page shows it: the adopter, its stage, its generation in the
 * lineage and the instansi it learned from (null: the owner).
 */
public record AdopterRow(
    Adoption adoption, Instansi adopter, int generation, Instansi learnedFrom) {

  /** The source of a reported adoption: the first step's, which is where the report starts. */
  public String source() {
    return adoption.getSteps().stream()
        .map(AdoptionStep::getSource)
        .filter(s -> s != null)
        .findFirst()
        .orElse(null);
  }
}
