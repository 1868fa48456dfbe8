package id.livinglab.benchmark;

import id.livinglab.common.NotFoundException;
import id.livinglab.framework.EvaluationYear;
import id.livinglab.framework.FrameworkCatalogue;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.Grade;
import id.livinglab.instansi.Instansi;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.result.PublishedResult;
import id.livinglab.result.ResultService;
import id.livinglab.scoring.Grading;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Portraits and comparisons of instansi from official results. Published figures are shown as
 * printed; only their predicates are derived, by the year's bands and grading basis.
 */
@Stateless
@PermitAll
public class BenchmarkService {

  @EJB private InstansiRegister register;
  @EJB private ResultService results;
  @EJB private FrameworkCatalogue catalogue;

  /** The portrait of {@code code} in {@code year}, or in its latest year when year is null. */
  public Portrait portrait(String code, Integer year) {
    Instansi instansi = register.get(code);
    List<PublishedResult> held = results.resultsOf(code);
    List<Integer> years = held.stream().map(PublishedResult::getYear).toList();
    Optional<PublishedResult> shown =
        year == null
            ? held.stream().reduce((a, b) -> b)
            : held.stream().filter(r -> r.getYear() == year).findFirst();
    if (year != null && shown.isEmpty() && catalogue.findYear(year).isEmpty()) {
      throw new NotFoundException("error.year.notFound", year);
    }
    String province = instansi.getProvince() == null ? null : instansi.getProvince().getName();
    String provinceCode = instansi.getProvince() == null ? null : instansi.getProvince().getCode();
    if (shown.isEmpty()) {
      return new Portrait(
          instansi.getCode(),
          instansi.getName(),
          instansi.getKind(),
          provinceCode,
          province,
          year,
          null,
          null,
          null,
          false,
          List.of(),
          years);
    }
    PublishedResult result = shown.get();
    EvaluationYear evaluation = catalogue.getYear(result.getYear());
    FrameworkVersion framework = evaluation.getFramework();
    List<Portrait.NodeValue> nodes = new ArrayList<>();
    for (FrameworkNode node : framework.getNodes()) {
      BigDecimal value = result.getNodeValues().get(node.getCode());
      if (value != null) {
        nodes.add(
            new Portrait.NodeValue(
                node.getCode(),
                node.getNameId(),
                node.getNameEn(),
                node.getKind(),
                value,
                grade(evaluation, value)));
      }
    }
    return new Portrait(
        instansi.getCode(),
        instansi.getName(),
        instansi.getKind(),
        provinceCode,
        province,
        result.getYear(),
        framework.getCode(),
        result.getIndex(),
        publishedGrade(framework, result),
        true,
        nodes,
        years);
  }

  private static Grade grade(EvaluationYear year, BigDecimal value) {
    return Grade.of(Grading.grade(year.getFramework(), year.getGradingBasis(), value));
  }

  /** The predicate as printed, with its English name from the framework's bands. */
  private static Grade publishedGrade(FrameworkVersion framework, PublishedResult result) {
    return framework.getBands().stream()
        .filter(b -> b.getNameId().equalsIgnoreCase(result.getPredicate()))
        .findFirst()
        .map(Grade::of)
        .orElseGet(() -> new Grade(result.getPredicate(), result.getPredicate()));
  }
}
