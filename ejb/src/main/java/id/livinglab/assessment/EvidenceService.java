package id.livinglab.assessment;

import id.livinglab.audit.AuditLog;
import id.livinglab.common.InvalidInputException;
import id.livinglab.common.NotFoundException;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evidence of the self-assessment: uploads (typed from their content, hashed, every version kept),
 * links of one file to further indicators, and downloads for those who may read it.
 */
@Stateless
public class EvidenceService {

  /** A file to send back: where it is on disk and how to name it. */
  public record Download(Path path, String fileName, String contentType, long size) {

    /**
     * Always an attachment (never rendered inline), named in UTF-8 (RFC 6266). This, with {@code
     * nosniff} beside it, is what keeps a polyglot harmless: a file typed as PDF from its first
     * bytes may carry HTML after them, and a browser must never be asked to render it.
     */
    public String contentDisposition() {
      return "attachment; filename*=UTF-8''"
          + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
  }

  @Inject private Clock clock;
  @PersistenceContext private EntityManager em;
  @EJB private AssessmentLookup lookup;
  @EJB private AuditLog audit;
  @Inject private EvidenceStore store;

  /** See {@link EvidenceStore#refuseDeclared}. */
  public void refuseDeclared(Long length, long overhead) {
    store.refuseDeclared(length, overhead);
  }

  /**
   * Stores {@code content} as evidence of indicator {@code no}: a new document, or the next version
   * of the document of the same name. Nothing is kept when anything is refused.
   */
  @RolesAllowed({Role.Names.KOORDINATOR, Role.Names.OPERATOR})
  public IndicatorView.EvidenceItem upload(
      int year, String instansiCode, String no, String fileName, InputStream content) {
    Answer answer = answerForWriting(year, instansiCode, no);
    String name = documentName(fileName);
    EvidenceStore.Stored stored = store.store(content);
    Assessment assessment = answer.getAssessment();
    Integer latest =
        em.createNamedQuery(EvidenceFile.FIND_LATEST_VERSION, Integer.class)
            .setParameter("assessment", assessment)
            .setParameter("name", name)
            .getSingleResult();
    EvidenceFile file =
        new EvidenceFile(
            assessment,
            name,
            latest == null ? 1 : latest + 1,
            stored.type().mediaType(),
            stored.size(),
            stored.sha256(),
            stored.key(),
            lookup.caller().username(),
            LocalDateTime.now(clock));
    em.persist(file);
    answer.getEvidence().add(file);
    audit.record(
        "assessment.evidence",
        AssessmentService.subject(year, instansiCode, no),
        "evidence: + "
            + name
            + " v"
            + file.getFileVersion()
            + " ("
            + stored.type().mediaType()
            + ", "
            + stored.size()
            + " B, sha256 "
            + stored.sha256()
            + ")");
    em.flush();
    return IndicatorView.EvidenceItem.of(file);
  }

  /** Lets an already uploaded file serve indicator {@code no} as well. */
  @RolesAllowed({Role.Names.KOORDINATOR, Role.Names.OPERATOR})
  public void link(int year, String instansiCode, String no, long evidenceId) {
    Answer answer = answerForWriting(year, instansiCode, no);
    EvidenceFile file = evidenceOf(answer.getAssessment(), evidenceId);
    if (!answer.getEvidence().contains(file)) {
      answer.getEvidence().add(file);
      audit.record(
          "assessment.evidence",
          AssessmentService.subject(year, instansiCode, no),
          "evidence: + " + file.getDocumentName() + " v" + file.getFileVersion() + " (linked)");
    }
  }

  /**
   * An evidence file, for anyone who may read at least one indicator it serves ({@link
   * Access#mayReadEvidence}): an assessor of one aspect cannot open another aspect's files by id.
   */
  @RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.KOORDINATOR,
    Role.Names.OPERATOR,
    Role.Names.PIMPINAN,
    Role.Names.ASESOR
  })
  public Download open(int year, String instansiCode, long evidenceId) {
    EvaluationPeriod period = lookup.getPeriod(year);
    Access access = lookup.access(period, instansiCode);
    Assessment assessment =
        lookup
            .findAssessment(period, instansiCode)
            .orElseThrow(() -> new NotFoundException("error.evidence.notFound", evidenceId));
    EvidenceFile file = evidenceOf(assessment, evidenceId);
    FrameworkVersion framework = lookup.framework(period);
    Set<String> aspects =
        em.createNamedQuery(Answer.FIND_INDICATORS_OF_EVIDENCE, String.class)
            .setParameter("file", file)
            .getResultStream()
            .map(framework::findNode)
            .flatMap(Optional::stream)
            .map(AssessmentLookup::aspectOf)
            .collect(Collectors.toSet());
    AssessmentLookup.allow(access.mayReadEvidence(aspects), instansiCode);
    return new Download(
        store.path(file.getStorageKey()),
        file.getDocumentName(),
        file.getContentType(),
        file.getSizeBytes());
  }

  private Answer answerForWriting(int year, String instansiCode, String no) {
    EvaluationPeriod period = lookup.getPeriod(year);
    Access access = lookup.access(period, instansiCode);
    FrameworkNode node = lookup.indicator(period, no);
    AssessmentLookup.require(Move.ANSWER_SELF, access, period, null, null, instansiCode);
    Assessment assessment = lookup.assessmentForWriting(period, instansiCode);
    AssessmentLookup.require(
        Move.ANSWER_SELF, access, period, assessment.getStatus(), null, instansiCode);
    Answer answer = assessment.getAnswers().get(node.getCode());
    if (answer == null) {
      answer = assessment.answer(node.getCode());
      em.persist(answer);
    }
    return answer;
  }

  private EvidenceFile evidenceOf(Assessment assessment, long evidenceId) {
    EvidenceFile file = em.find(EvidenceFile.class, evidenceId);
    // Another instansi's file is "not found" here: its id tells nothing about it.
    if (file == null || !file.getAssessment().getId().equals(assessment.getId())) {
      throw new NotFoundException("error.evidence.notFound", evidenceId);
    }
    return file;
  }

  /** The file's own name without any folder part, as the document's name. */
  static String documentName(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    name = name.replaceAll("\\p{Cntrl}", "");
    TextInput.plain("file", name);
    if (name.isEmpty()) {
      throw new InvalidInputException("file", "error.evidence.noName");
    }
    return name.length() > EvidenceFile.NAME_LENGTH
        ? name.substring(name.length() - EvidenceFile.NAME_LENGTH)
        : name;
  }
}
