package id.livinglab.assessment;

import id.livinglab.assessment.AssessmentSheet.Permissions;
import id.livinglab.audit.AuditEntry;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.NodeKind;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.scoring.ScoreReport;
import id.livinglab.scoring.ScoringService;
import id.livinglab.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads assessments for the people who may see them: the overview of one instansi's assessment and
 * the page of one indicator. Nothing here changes data.
 */
@Stateless
@RolesAllowed({
  Role.Names.ADMIN,
  Role.Names.KOORDINATOR,
  Role.Names.OPERATOR,
  Role.Names.PIMPINAN,
  Role.Names.ASESOR
})
public class AssessmentService {

  @PersistenceContext private EntityManager em;
  @EJB private AssessmentLookup lookup;
  @EJB private ScoringService scoring;
  @EJB private InstansiRegister register;

  /** The subject of an indicator's audit trail. */
  public static String subject(int year, String instansiCode, String indicator) {
    return "assessment/" + year + "/" + instansiCode + "/" + indicator;
  }

  public static String subject(int year, String instansiCode) {
    return "assessment/" + year + "/" + instansiCode;
  }

  /** An assessment the caller works on, for their list. */
  public record WorkItem(
      int year,
      String frameworkCode,
      Stage stage,
      String instansiCode,
      String instansiName,
      AssessmentStatus status) {}

  /**
   * What the caller works on in every period: the administrator every assessment begun or assigned,
   * an assessor what is assigned, the instansi's people their own instansi.
   */
  public List<WorkItem> worklist() {
    var caller = lookup.caller();
    List<WorkItem> items = new ArrayList<>();
    for (EvaluationPeriod p :
        em.createNamedQuery(EvaluationPeriod.FIND_ALL, EvaluationPeriod.class).getResultList()) {
      // One query for the statuses of the period, one for the assignments that concern the caller.
      Map<String, AssessmentStatus> status = new HashMap<>();
      em.createNamedQuery(Assessment.FIND_BY_PERIOD, Assessment.class)
          .setParameter("period", p)
          .getResultStream()
          .forEach(a -> status.put(a.getInstansiCode(), a.getStatus()));
      Set<String> codes = new TreeSet<>();
      if (caller.has(Role.ADMIN)) {
        codes.addAll(status.keySet());
        assignments(AssessorAssignment.FIND_BY_PERIOD, p, null).forEach(codes::add);
      } else if (caller.has(Role.ASESOR)) {
        assignments(AssessorAssignment.FIND_BY_PERIOD_AND_ASSESSOR, p, caller.username())
            .forEach(codes::add);
      }
      caller.instansi().ifPresent(codes::add);
      for (String code : codes) {
        register
            .find(code)
            .ifPresent(
                i ->
                    items.add(
                        new WorkItem(
                            p.getYear(),
                            p.getFrameworkCode(),
                            p.getStage(),
                            i.getCode(),
                            i.getName(),
                            status.getOrDefault(code, AssessmentStatus.DRAFT))));
      }
    }
    return items;
  }

  private List<String> assignments(String query, EvaluationPeriod period, String assessor) {
    var q = em.createNamedQuery(query, AssessorAssignment.class).setParameter("period", period);
    if (assessor != null) {
      q.setParameter("assessor", assessor);
    }
    return q.getResultStream().map(AssessorAssignment::getInstansiCode).toList();
  }

  public AssessmentSheet sheet(int year, String instansiCode) {
    EvaluationPeriod period = lookup.getPeriod(year);
    Access access = lookup.access(period, instansiCode);
    FrameworkVersion framework = lookup.framework(period);
    Assessment assessment = lookup.findAssessment(period, instansiCode).orElse(null);
    Map<String, Answer> answers = assessment == null ? Map.of() : assessment.getAnswers();
    AssessmentStatus status = assessment == null ? AssessmentStatus.DRAFT : assessment.getStatus();
    Map<String, Long> evidence = new HashMap<>();
    if (assessment != null) {
      em.createNamedQuery(Answer.COUNT_EVIDENCE, Object[].class)
          .setParameter("assessment", assessment)
          .getResultStream()
          .forEach(r -> evidence.put((String) r[0], ((Number) r[1]).longValue()));
    }
    List<AssessmentSheet.Row> rows = new ArrayList<>();
    Map<String, BigDecimal> self = new HashMap<>();
    Map<String, BigDecimal> external = new HashMap<>();
    for (FrameworkNode n : framework.nodesOfKind(NodeKind.INDICATOR)) {
      Answer a = answers.get(n.getCode());
      boolean readable = access.mayRead(n.getParentCode());
      if (a != null && readable) {
        putIfSet(self, n.getCode(), a.getSelfLevel());
        putIfSet(external, n.getCode(), a.getExternalLevel());
      }
      rows.add(
          new AssessmentSheet.Row(
              n.getCode(),
              n.getNameId(),
              n.getParentCode(),
              n.getWeight(),
              a == null || !readable ? null : a.getSelfLevel(),
              a == null || !readable ? null : a.getExternalLevel(),
              a == null || !readable ? null : a.getOpd(),
              readable ? evidence.getOrDefault(n.getCode(), 0L).intValue() : 0,
              readable));
    }
    return new AssessmentSheet(
        year,
        framework.getCode(),
        instansiCode,
        register.get(instansiCode).getName(),
        period.getStage(),
        status,
        assessment == null ? null : assessment.getSubmittedBy(),
        assessment == null ? null : assessment.getSubmittedAt(),
        rows,
        simulation(framework, year, self),
        external.isEmpty() ? null : simulation(framework, year, external),
        Permissions.of(access, period.getStage(), status, null));
  }

  /**
   * The index of the levels given so far, graded as the year grades: a simulation. Indicators
   * without a level count as not assessed (0), so the score says it is incomplete.
   */
  private ScoreReport simulation(
      FrameworkVersion framework, int year, Map<String, BigDecimal> answered) {
    Map<String, BigDecimal> levels = new HashMap<>();
    for (FrameworkNode n : framework.nodesOfKind(NodeKind.INDICATOR)) {
      levels.put(n.getCode(), answered.getOrDefault(n.getCode(), BigDecimal.ZERO));
    }
    return scoring.score(framework.getCode(), year, levels);
  }

  private static Map<String, BigDecimal> selfLevels(Assessment assessment) {
    Map<String, BigDecimal> levels = new HashMap<>();
    if (assessment != null) {
      assessment
          .getAnswers()
          .values()
          .forEach(a -> putIfSet(levels, a.getIndicatorCode(), a.getSelfLevel()));
    }
    return levels;
  }

  private static void putIfSet(Map<String, BigDecimal> map, String code, BigDecimal value) {
    if (value != null) {
      map.put(code, value);
    }
  }

  public IndicatorView indicator(int year, String instansiCode, String no) {
    EvaluationPeriod period = lookup.getPeriod(year);
    Access access = lookup.access(period, instansiCode);
    FrameworkNode node = lookup.indicator(period, no);
    String aspect = AssessmentLookup.aspectOf(node);
    AssessmentLookup.allow(access.mayRead(aspect), instansiCode);
    FrameworkVersion framework = lookup.framework(period);
    Assessment assessment = lookup.findAssessment(period, instansiCode).orElse(null);
    Answer answer = assessment == null ? null : assessment.getAnswers().get(no);
    List<IndicatorView.EvidenceItem> linked =
        answer == null
            ? List.of()
            : answer.getEvidence().stream().map(IndicatorView.EvidenceItem::of).toList();
    List<IndicatorView.EvidenceItem> other =
        assessment == null
            ? List.of()
            : em.createNamedQuery(EvidenceFile.FIND_BY_ASSESSMENT, EvidenceFile.class)
                .setParameter("assessment", assessment)
                .getResultStream()
                .filter(e -> answer == null || !answer.getEvidence().contains(e))
                .map(IndicatorView.EvidenceItem::of)
                .toList();
    List<IndicatorView.VerdictItem> verdicts =
        answer == null
            ? List.of()
            : em.createNamedQuery(Verdict.FIND_BY_ANSWER, Verdict.class)
                .setParameter("answer", answer)
                .getResultStream()
                .map(IndicatorView.VerdictItem::of)
                .toList();
    List<AuditEntry> trail =
        em.createNamedQuery(AuditEntry.FIND_BY_SUBJECT, AuditEntry.class)
            .setParameter("subject", subject(year, instansiCode, no))
            .getResultList();
    AssessmentStatus status = assessment == null ? AssessmentStatus.DRAFT : assessment.getStatus();
    return new IndicatorView(
        year,
        framework.getCode(),
        instansiCode,
        register.get(instansiCode).getName(),
        period.getStage(),
        status,
        node,
        framework.findNode(aspect).map(FrameworkNode::getNameId).orElse(aspect),
        framework.getLevelMin(),
        framework.getLevelMax(),
        framework.getLevelStep(),
        IndicatorView.AnswerState.of(answer),
        linked,
        other,
        verdicts,
        trail,
        access.mayReadAll() ? simulation(framework, year, selfLevels(assessment)) : null,
        Permissions.of(access, period.getStage(), status, aspect));
  }
}
