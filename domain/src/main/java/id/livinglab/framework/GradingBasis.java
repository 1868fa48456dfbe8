package id.livinglab.framework;

/**
 * Which value a year's predicate bands are applied to. The 2023 report graded the rounded index,
 * the 2024 report the exact one (3.4960 shown as 3.50 but graded Baik).
 */
public enum GradingBasis {
  ROUNDED,
  EXACT
}
