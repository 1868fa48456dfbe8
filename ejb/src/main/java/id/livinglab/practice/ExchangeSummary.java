package id.livinglab.practice;

import java.util.List;

/**
 * An instansi in the exchange, as everyone may see it (its portrait is public and cached): its
 * published practices, how many instansi adopted them, and what it adopted from whom.
 */
public record ExchangeSummary(int practices, int adoptedBy, List<Adopted> adopted) {

  /** A practice the instansi adopted, with its owner and stage. */
  public record Adopted(
      long practice, String title, String ownerName, AdoptionStage stage, boolean reported) {}
}
