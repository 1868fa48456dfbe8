package id.livinglab.api.assessment;

import id.livinglab.assessment.AssessmentSheet;
import id.livinglab.assessment.IndicatorView;
import id.livinglab.scoring.ScoreReport;
import java.math.BigDecimal;
import java.util.List;

/** The JSON shapes of the assessment API (entities never go out over HTTP). */
public final class AssessmentJson {

  private AssessmentJson() {}

  public record Score(BigDecimal index, String predicate, boolean incomplete, boolean simulation) {
    static Score of(ScoreReport s) {
      return s == null ? null : new Score(s.index(), s.predicate().nameId(), s.incomplete(), true);
    }
  }

  /** The official result a finalisation published. */
  public record Official(BigDecimal index, String predicate) {
    static Official of(ScoreReport s) {
      return new Official(s.index(), s.predicate().nameId());
    }
  }

  public record Row(
      String indicator,
      String name,
      String aspect,
      BigDecimal selfLevel,
      BigDecimal externalLevel,
      BigDecimal difference,
      String opd,
      int evidence) {}

  public record Sheet(
      int year,
      String framework,
      String instansi,
      String stage,
      String status,
      Score self,
      Score external,
      List<Row> indicators) {

    static Sheet of(AssessmentSheet s) {
      return new Sheet(
          s.year(),
          s.frameworkCode(),
          s.instansiCode(),
          s.stage().name(),
          s.status().name(),
          Score.of(s.selfScore()),
          Score.of(s.externalScore()),
          s.rows().stream()
              .filter(AssessmentSheet.Row::readable)
              .map(
                  r ->
                      new Row(
                          r.code(),
                          r.name(),
                          r.aspectCode(),
                          r.selfLevel(),
                          r.externalLevel(),
                          r.difference(),
                          r.opd(),
                          r.evidenceCount()))
              .toList());
    }
  }

  public record Evidence(
      long id, String name, int version, String contentType, long size, String sha256) {
    static Evidence of(IndicatorView.EvidenceItem e) {
      return new Evidence(
          e.id(), e.documentName(), e.version(), e.contentType(), e.size(), e.sha256());
    }
  }

  public record Verdict(
      long id, Long evidenceId, String stage, String verdict, String note, String reply) {
    static Verdict of(IndicatorView.VerdictItem v) {
      return new Verdict(
          v.id(), v.evidenceId(), v.stage().name(), v.kind().name(), v.note(), v.reply());
    }
  }

  public record Answer(
      BigDecimal level,
      String opd,
      String explanation,
      BigDecimal externalLevel,
      String externalNote,
      int version) {
    static Answer of(IndicatorView.AnswerState a) {
      return new Answer(
          a.selfLevel(),
          a.opd(),
          a.explanation(),
          a.externalLevel(),
          a.externalNote(),
          a.version());
    }
  }

  public record Indicator(
      int year,
      String instansi,
      String indicator,
      String name,
      String stage,
      String status,
      BigDecimal level,
      String opd,
      String explanation,
      BigDecimal externalLevel,
      String externalNote,
      int version,
      List<Evidence> evidence,
      List<Verdict> verdicts) {

    static Indicator of(IndicatorView v) {
      IndicatorView.AnswerState a = v.answer();
      return new Indicator(
          v.year(),
          v.instansiCode(),
          v.indicator().getCode(),
          v.indicator().getNameId(),
          v.stage().name(),
          v.status().name(),
          a.selfLevel(),
          a.opd(),
          a.explanation(),
          a.externalLevel(),
          a.externalNote(),
          a.version(),
          v.evidence().stream().map(Evidence::of).toList(),
          v.verdicts().stream().map(Verdict::of).toList());
    }
  }
}
