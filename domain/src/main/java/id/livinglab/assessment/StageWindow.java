package id.livinglab.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** The planned dates of one stage of a period (informative: the administrator opens stages). */
@Embeddable
public class StageWindow {

  @Enumerated(EnumType.STRING)
  @Column(name = "stage", nullable = false, length = 20)
  private Stage stage;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  protected StageWindow() {}

  public StageWindow(Stage stage, LocalDate startsOn, LocalDate endsOn) {
    this.stage = stage;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
  }

  public Stage getStage() {
    return stage;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }
}
