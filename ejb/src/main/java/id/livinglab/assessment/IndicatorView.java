package id.livinglab.assessment;

import id.livinglab.audit.AuditEntry;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.scoring.ScoreReport;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One indicator of one instansi's assessment, as its page shows it: what the framework asks (with
 * criteria per level and indicative evidence), the answer, the evidence, the verdicts with the
 * replies, the audit trail, the instansi's simulated self-assessment index (null for an assessor of
 * some aspects only), and what the caller may do now.
 */
public record IndicatorView(
    int year,
    String frameworkCode,
    String instansiCode,
    String instansiName,
    Stage stage,
    AssessmentStatus status,
    FrameworkNode indicator,
    String aspectName,
    BigDecimal levelMin,
    BigDecimal levelMax,
    BigDecimal levelStep,
    AnswerState answer,
    List<EvidenceItem> evidence,
    List<EvidenceItem> otherEvidence,
    List<VerdictItem> verdicts,
    List<AuditEntry> trail,
    ScoreReport selfScore,
    AssessmentSheet.Permissions permissions) {

  /** The saved answer; {@code version} 0 when nothing was saved yet. */
  public record AnswerState(
      BigDecimal selfLevel,
      String opd,
      String explanation,
      BigDecimal externalLevel,
      Stage externalStage,
      String externalNote,
      String updatedBy,
      LocalDateTime updatedAt,
      int version) {

    static AnswerState of(Answer a) {
      return a == null
          ? new AnswerState(null, null, null, null, null, null, null, null, 0)
          : new AnswerState(
              a.getSelfLevel(),
              a.getOpd(),
              a.getExplanation(),
              a.getExternalLevel(),
              a.getExternalStage(),
              a.getExternalNote(),
              a.getUpdatedBy(),
              a.getUpdatedAt(),
              a.getVersion());
    }
  }

  /** One version of an evidence document. */
  public record EvidenceItem(
      long id,
      String documentName,
      int version,
      String contentType,
      long size,
      String sha256,
      String uploadedBy,
      LocalDateTime uploadedAt) {

    static EvidenceItem of(EvidenceFile e) {
      return new EvidenceItem(
          e.getId(),
          e.getDocumentName(),
          e.getFileVersion(),
          e.getContentType(),
          e.getSizeBytes(),
          e.getSha256(),
          e.getUploadedBy(),
          e.getUploadedAt());
    }
  }

  /** A verdict with its note and the instansi's reply. */
  public record VerdictItem(
      long id,
      Long evidenceId,
      String documentName,
      Stage stage,
      VerdictKind kind,
      String note,
      String assessor,
      LocalDateTime givenAt,
      String reply,
      String repliedBy,
      LocalDateTime repliedAt) {

    static VerdictItem of(Verdict v) {
      EvidenceFile e = v.getEvidence();
      return new VerdictItem(
          v.getId(),
          e == null ? null : e.getId(),
          e == null ? null : e.getDocumentName() + " v" + e.getFileVersion(),
          v.getStage(),
          v.getKind(),
          v.getNote(),
          v.getAssessor(),
          v.getGivenAt(),
          v.getReply(),
          v.getRepliedBy(),
          v.getRepliedAt());
    }
  }
}
