package id.livinglab.practice;

/**
 * Whom a practice serves, as the original Living Lab portal files them: government to government,
 * to citizens, to employees, to business. A practice has one or more.
 */
public enum PracticeCategory {
  G2G,
  G2C,
  G2E,
  G2B;

  public String labelKey() {
    return "practice.category." + name();
  }
}
