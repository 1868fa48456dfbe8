package id.livinglab.assessment;

import id.livinglab.framework.Crosswalk;
import id.livinglab.framework.EvaluationYear;
import id.livinglab.framework.FrameworkCatalogue;
import id.livinglab.framework.FrameworkFiles;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.simulation.OfficialLevelsCache;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Across the framework change: for an indicator of a Pemdi 2026 assessment, the SPBE 2020
 * indicators the unofficial crosswalk relates to it, with the instansi's latest official level on
 * each and the evidence it used there on the platform. For reference while answering; nothing is
 * converted (the frameworks measure differently and no official crosswalk exists).
 */
@Stateless
@PermitAll
public class CrosswalkReference {

  /** The shipped crosswalk: SPBE 2020 → Pemdi 2026, unofficial. */
  private static final Crosswalk SPBE_TO_PEMDI = FrameworkFiles.shippedCrosswalk();

  @EJB private AssessmentLookup lookup;
  @EJB private FrameworkCatalogue catalogue;
  @EJB private OfficialLevelsCache official;

  /** A related indicator of the earlier framework, what the instansi had there, and its files. */
  public record Related(
      String code,
      String nameId,
      String nameEn,
      boolean primary,
      String basis,
      String note,
      Integer levelYear,
      BigDecimal level,
      List<PriorEvidence> evidence) {

    public String name(Locale locale) {
      return locale != null && "en".equals(locale.getLanguage()) && nameEn != null
          ? nameEn
          : nameId;
    }
  }

  /** A file the instansi used for the related indicator in an earlier period. */
  public record PriorEvidence(int year, long id, String documentName, int version) {}

  /**
   * The related indicators for indicator {@code no} of {@code instansiCode}'s {@code year}
   * assessment; empty when no crosswalk leads into the year's framework. Readable by whoever may
   * read that indicator (403 otherwise); an earlier period's files are listed only for a caller who
   * may open them there.
   */
  public List<Related> related(int year, String instansiCode, String no) {
    EvaluationPeriod period = lookup.getPeriod(year);
    FrameworkNode indicator = lookup.indicator(period, no);
    AssessmentLookup.allow(
        lookup.access(period, instansiCode).mayRead(AssessmentLookup.aspectOf(indicator)),
        instansiCode);
    if (!SPBE_TO_PEMDI.to().equals(period.getFrameworkCode())) {
      return List.of();
    }
    FrameworkVersion from = catalogue.getFramework(SPBE_TO_PEMDI.from());
    List<Integer> earlier = earlierYears(year, from.getCode());
    Optional<Integer> levelYear =
        earlier.stream().filter(y -> official.of(y, instansiCode).isPresent()).findFirst();
    Map<String, BigDecimal> levels =
        levelYear.flatMap(y -> official.of(y, instansiCode)).orElse(Map.of());
    Map<String, List<PriorEvidence>> files = priorEvidence(earlier, instansiCode);
    List<Related> out = new ArrayList<>();
    for (Crosswalk.Link link : SPBE_TO_PEMDI.into(no)) {
      FrameworkNode node = from.findNode(link.fromIndicator()).orElseThrow();
      BigDecimal level = levels.get(link.fromIndicator());
      out.add(
          new Related(
              node.getCode(),
              node.getNameId(),
              node.getNameEn(),
              link.primary(),
              link.basis(),
              link.note(),
              level == null ? null : levelYear.get(),
              level == null ? null : level.stripTrailingZeros(),
              files.getOrDefault(link.fromIndicator(), List.of())));
    }
    return out;
  }

  /** The years before {@code year} on {@code framework}, newest first. */
  private List<Integer> earlierYears(int year, String framework) {
    List<Integer> out = new ArrayList<>();
    for (int y = year - 1; y >= 2000; y--) {
      Optional<EvaluationYear> e = catalogue.findYear(y);
      if (e.isEmpty()) {
        break;
      }
      if (e.get().getFramework().getCode().equals(framework)) {
        out.add(y);
      }
    }
    return out;
  }

  /**
   * The files of the instansi's assessments in {@code years}, newest period first, by indicator:
   * each document's latest version, only where the caller may open it in that period.
   */
  private Map<String, List<PriorEvidence>> priorEvidence(List<Integer> years, String code) {
    Map<String, List<PriorEvidence>> out = new LinkedHashMap<>();
    for (int y : years) {
      Optional<EvaluationPeriod> period = lookup.findPeriod(y);
      if (period.isEmpty()) {
        continue;
      }
      Access access = lookup.accessOf(period.get(), code);
      Optional<Assessment> assessment = lookup.findAssessment(period.get(), code);
      if (assessment.isEmpty()) {
        continue;
      }
      FrameworkVersion framework = lookup.framework(period.get());
      for (Answer answer : assessment.get().getAnswers().values()) {
        FrameworkNode node = framework.findNode(answer.getIndicatorCode()).orElse(null);
        if (node == null || !access.mayRead(AssessmentLookup.aspectOf(node))) {
          continue;
        }
        Map<String, EvidenceFile> latest = new LinkedHashMap<>();
        for (EvidenceFile e : answer.getEvidence()) {
          latest.merge(
              e.getDocumentName(), e, (a, b) -> a.getFileVersion() >= b.getFileVersion() ? a : b);
        }
        for (EvidenceFile e : latest.values()) {
          out.computeIfAbsent(answer.getIndicatorCode(), k -> new ArrayList<>())
              .add(new PriorEvidence(y, e.getId(), e.getDocumentName(), e.getFileVersion()));
        }
      }
    }
    return out;
  }
}
