package id.livinglab.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One version of an evidence document (bukti dukung) of an assessment. Never changed or deleted: a
 * corrected document is a new version under the same name. One file may serve several indicators.
 */
@Entity
@Table(name = "evidence_file")
@NamedQuery(
    name = EvidenceFile.FIND_LATEST_VERSION,
    query =
        "select max(e.fileVersion) from EvidenceFile e"
            + " where e.assessment = :assessment and e.documentName = :name")
@NamedQuery(
    name = EvidenceFile.FIND_BY_ASSESSMENT,
    query =
        "select e from EvidenceFile e where e.assessment = :assessment"
            + " order by e.documentName, e.fileVersion")
public class EvidenceFile {

  public static final String FIND_LATEST_VERSION = "EvidenceFile.findLatestVersion";
  public static final String FIND_BY_ASSESSMENT = "EvidenceFile.findByAssessment";
  public static final int NAME_LENGTH = 255;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
  @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "assessment_id")
  private Assessment assessment;

  @Column(name = "document_name", nullable = false, length = NAME_LENGTH)
  private String documentName;

  @Column(name = "file_version", nullable = false)
  private int fileVersion;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false, length = 64)
  private String sha256;

  /** Where the bytes are, relative to the evidence folder. */
  @Column(name = "storage_key", nullable = false, length = 200)
  private String storageKey;

  @Column(name = "uploaded_by", nullable = false, length = 64)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private LocalDateTime uploadedAt;

  protected EvidenceFile() {}

  public EvidenceFile(
      Assessment assessment,
      String documentName,
      int fileVersion,
      String contentType,
      long sizeBytes,
      String sha256,
      String storageKey,
      String uploadedBy,
      LocalDateTime uploadedAt) {
    this.assessment = assessment;
    this.documentName = documentName;
    this.fileVersion = fileVersion;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.storageKey = storageKey;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public Assessment getAssessment() {
    return assessment;
  }

  public String getDocumentName() {
    return documentName;
  }

  public int getFileVersion() {
    return fileVersion;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public String getStorageKey() {
    return storageKey;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public LocalDateTime getUploadedAt() {
    return uploadedAt;
  }
}
