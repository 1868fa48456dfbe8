package id.livinglab.api.practice;

import id.livinglab.practice.AdopterRow;
import id.livinglab.practice.AdoptionStep;
import id.livinglab.practice.IndicatorLink;
import id.livinglab.practice.PracticeCard;
import id.livinglab.practice.PracticeView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of practices and their adoptions. */
public final class PracticeJson {

  private PracticeJson() {}

  /** A catalogue row. */
  public record Card(
      long id,
      String code,
      String title,
      String owner,
      String ownerName,
      List<String> categories,
      String summary,
      String summaryEn,
      String maturity,
      String status,
      Integer yearStarted,
      String publication,
      String freshness,
      int adoptions,
      int usedBy,
      List<String> indicators,
      boolean demo) {

    static Card of(PracticeCard c) {
      var p = c.practice();
      return new Card(
          p.getId(),
          p.getCode(),
          p.getTitle(),
          p.getOwnerCode(),
          c.owner().getName(),
          p.getCategories().stream().map(Enum::name).toList(),
          p.getSummaryId(),
          p.getSummaryEn(),
          p.getMaturity().name(),
          p.getStatus().name(),
          p.getYearStarted(),
          p.getPublication().name(),
          c.freshness().name(),
          c.adoptions(),
          c.usedBy(),
          p.getIndicators().stream().map(IndicatorLink::key).toList(),
          p.isDemo());
    }
  }

  /** A page of the catalogue. */
  public record Page(int total, int page, int pages, int size, List<Card> practices) {}

  /** An indicator a practice should raise. */
  public record Raised(
      String framework,
      String indicator,
      String name,
      String nameEn,
      BigDecimal from,
      BigDecimal to,
      String reason,
      boolean approved) {

    static Raised of(PracticeView.Raised r) {
      IndicatorLink l = r.link();
      return new Raised(
          l.getFrameworkCode(),
          l.getIndicatorCode(),
          r.node() == null ? null : r.node().getNameId(),
          r.node() == null ? null : r.node().getNameEn(),
          l.getFromLevel(),
          l.getToLevel(),
          l.getReason(),
          l.isApproved());
    }
  }

  /** One move of an adoption. */
  public record Step(String stage, LocalDate date, String note, String source) {

    static Step of(AdoptionStep s) {
      return new Step(s.getTo().name(), s.getReachedOn(), s.getNote(), s.getSource());
    }
  }

  /** An adoption in a practice's lineage. */
  public record Adoption(
      long id,
      String adopter,
      String adopterName,
      Long parent,
      String learnedFrom,
      String stage,
      int generation,
      boolean reported,
      String source,
      boolean demo,
      List<Step> stages) {

    static Adoption of(AdopterRow r) {
      var a = r.adoption();
      return new Adoption(
          a.getId(),
          a.getAdopterCode(),
          r.adopter().getName(),
          a.getParentId(),
          r.learnedFrom() == null ? null : r.learnedFrom().getCode(),
          a.getStage().name(),
          r.generation(),
          a.isReported(),
          r.source(),
          a.isDemo(),
          a.getSteps().stream().map(Step::of).toList());
    }
  }

  /** A practice with everything its page shows. */
  public record Detail(
      Card card,
      String problem,
      String problemEn,
      String howItWorks,
      String results,
      String demoUrl,
      String videoUrl,
      String sourceCode,
      String licence,
      String team,
      String note,
      String noteEn,
      LocalDate confirmedOn,
      List<String> sources,
      List<Raised> raises,
      List<Adoption> adoptions) {}

  /** The lineage: who adopted from whom, with generation and stage. */
  public record LineageJson(long practice, String title, String owner, List<Adoption> adoptions) {}
}
