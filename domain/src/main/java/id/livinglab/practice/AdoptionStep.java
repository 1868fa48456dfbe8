package id.livinglab.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One move of an adoption: the stage reached, the day it happened (for recorded history, the day
 * the source reports), who recorded it and when, the note, and the source of a reported move.
 */
@Embeddable
public class AdoptionStep {

  public static final int NOTE_LENGTH = 2000;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_stage", length = 20)
  private AdoptionStage from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_stage", nullable = false, length = 20)
  private AdoptionStage to;

  @Column(name = "reached_on", nullable = false)
  private LocalDate reachedOn;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  @Column(name = "note", length = NOTE_LENGTH)
  private String note;

  @Column(name = "source_url", length = PracticeDetails.URL_LENGTH)
  private String source;

  protected AdoptionStep() {}

  AdoptionStep(
      AdoptionStage from,
      AdoptionStage to,
      LocalDate reachedOn,
      String recordedBy,
      LocalDateTime recordedAt,
      String note,
      String source) {
    this.from = from;
    this.to = to;
    this.reachedOn = reachedOn;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.note = note;
    this.source = source;
  }

  /** The stage left, or null for the adoption's first step. */
  public AdoptionStage getFrom() {
    return from;
  }

  public AdoptionStage getTo() {
    return to;
  }

  public LocalDate getReachedOn() {
    return reachedOn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }

  public String getNote() {
    return note;
  }

  public String getSource() {
    return source;
  }

  /** Whether the step was recorded from a public report rather than made on the platform. */
  public boolean isReported() {
    return source != null;
  }
}
