package id.livinglab.practice;

/** Whether a practice still runs: berjalan, vakum (dormant) or berhenti (stopped). */
public enum PracticeStatus {
  BERJALAN,
  VAKUM,
  BERHENTI;

  public String labelKey() {
    return "practice.status." + name();
  }
}
