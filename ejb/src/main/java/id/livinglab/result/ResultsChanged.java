package id.livinglab.result;

/** The published results of a year changed (fired inside the importing transaction). */
public record ResultsChanged(int year) {}
