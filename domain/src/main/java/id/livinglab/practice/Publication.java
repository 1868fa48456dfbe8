package id.livinglab.practice;

/**
 * Where a practice stands: a draft, private to its owner instansi, or published by a curator and
 * public in the catalogue.
 */
public enum Publication {
  DRAFT,
  PUBLISHED
}
