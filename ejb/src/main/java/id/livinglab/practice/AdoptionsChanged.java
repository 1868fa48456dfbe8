package id.livinglab.practice;

/**
 * A practice or an adoption changed (fired inside the changing transaction): pages that show them,
 * such as the cached public portraits, are stale.
 */
public record AdoptionsChanged(long practice) {}
