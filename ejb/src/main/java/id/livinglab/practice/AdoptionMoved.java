package id.livinglab.practice;

/**
 * An adoption started or moved (fired inside the changing transaction): the side it now waits for
 * is told once the change is committed.
 */
public record AdoptionMoved(long adoption) {}
