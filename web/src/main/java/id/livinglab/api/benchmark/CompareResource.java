package id.livinglab.api.benchmark;

import id.livinglab.api.common.Params;
import id.livinglab.benchmark.CompareService;
import id.livinglab.benchmark.Comparison;
import id.livinglab.common.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/compare?codes=32.11,32.05&year=}: instansi side by side; public. */
@Path("compare")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CompareResource {

  /** A column: an instansi or a reference ({@code best-province}, {@code top10-kind}). */
  public record ColumnJson(
      String key,
      String instansiCode,
      String name,
      boolean reference,
      int members,
      boolean shown,
      BigDecimal index,
      String predicate,
      Map<String, BigDecimal> domains) {}

  /** A gap of the first instansi to the best column, with its weighted size. */
  public record GapJson(
      String code,
      BigDecimal value,
      BigDecimal best,
      String bestKey,
      BigDecimal gap,
      BigDecimal weighted) {}

  /**
   * The compared instansi per indicator, from official levels (finalised assessments): {@code
   * known} says for each whose levels are held; rows with a gap of the first come first, by {@code
   * weighted} = its largest gap × the indicator's weight. No rows when no levels are known.
   */
  public record IndicatorsJson(Map<String, Boolean> known, List<IndicatorJson> rows) {}

  /** One indicator: levels by instansi code, and each one's difference to the first instansi. */
  public record IndicatorJson(
      String code,
      String name,
      BigDecimal weight,
      Map<String, BigDecimal> values,
      Map<String, BigDecimal> differences,
      BigDecimal weighted) {}

  /** The comparison. */
  public record CompareJson(
      int year,
      String framework,
      List<ColumnJson> columns,
      List<GapJson> gaps,
      IndicatorsJson indicators) {}

  @EJB private CompareService compare;

  @GET
  @Operation(
      summary =
          "Up to 5 instansi side by side, with the best of the first one's province"
              + " and the top 10% of its kind; gaps ordered by gap × weight; per indicator"
              + " where the instansi's levels are official (finalised assessments)")
  public CompareJson compare(@QueryParam("codes") String codes, @QueryParam("year") String year) {
    if (codes == null || codes.isBlank()) {
      throw new InvalidInputException("codes", "error.field.required", "codes");
    }
    Comparison c =
        compare.compare(
            Arrays.stream(codes.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
            Params.year("year", year));
    return new CompareJson(
        c.year(),
        c.frameworkCode(),
        c.columns().stream()
            .map(
                col ->
                    new ColumnJson(
                        col.key(),
                        col.code(),
                        col.name(),
                        col.reference(),
                        col.members(),
                        col.shown(),
                        col.index(),
                        col.predicate() == null ? null : col.predicate().nameId(),
                        new TreeMap<>(col.nodes())))
            .toList(),
        c.gaps().stream()
            .map(
                g ->
                    new GapJson(
                        g.code(), g.subject(), g.best(), g.bestKey(), g.gap(), g.weighted()))
            .toList(),
        new IndicatorsJson(
            c.indicators().known(),
            c.indicators().rows().stream()
                .map(
                    r ->
                        new IndicatorJson(
                            r.code(),
                            r.nameId(),
                            r.weight(),
                            r.values(),
                            r.differences(),
                            r.weighted()))
                .toList()));
  }
}
