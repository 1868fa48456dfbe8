package id.livinglab.benchmark;

/** A peer group was defined, changed or removed (fired inside the changing transaction). */
public record PeerGroupsChanged(String code) {}
