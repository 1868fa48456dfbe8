package id.livinglab.api.benchmark;

import id.livinglab.api.common.ClientLanguage;
import id.livinglab.api.common.Params;
import id.livinglab.benchmark.Ranking;
import id.livinglab.benchmark.RankingFilter;
import id.livinglab.benchmark.RankingService;
import id.livinglab.common.InvalidInputException;
import id.livinglab.instansi.InstansiKind;
import id.livinglab.web.i18n.Languages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/rankings}: published results ranked and filtered; public. */
@Path("rankings")
@RequestScoped
public class RankingResource {

  @EJB private RankingService rankings;
  @Context private HttpHeaders headers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Ranking of a year, filtered by kind, province, predicate or peer group")
  public RankingJson ranking(
      @QueryParam("year") String year,
      @QueryParam("kind") String kind,
      @QueryParam("province") String province,
      @QueryParam("predicate") String predicate,
      @QueryParam("cohort") String cohort) {
    return RankingJson.of(
        rankings.ranking(filter(Params.year("year", year), kind, province, predicate, cohort)));
  }

  @GET
  @Path("export.{format}")
  @Operation(summary = "The same ranking as a file: csv, xlsx or pdf, with the filters applied")
  public Response export(
      @PathParam("format") String format,
      @QueryParam("year") String year,
      @QueryParam("kind") String kind,
      @QueryParam("province") String province,
      @QueryParam("predicate") String predicate,
      @QueryParam("cohort") String cohort,
      @QueryParam("lang") String lang) {
    Ranking ranking =
        rankings.ranking(filter(Params.year("year", year), kind, province, predicate, cohort));
    Locale locale = ClientLanguage.of(headers, lang);
    RankingExport export = new RankingExport(ranking, locale);
    return switch (format) {
      case "csv" -> file(export.fileName("csv"), "text/csv; charset=UTF-8", export.csv());
      case "xlsx" -> file(export.fileName("xlsx"), RankingExport.XLSX, export.xlsx());
      case "pdf" ->
          file(
              export.fileName("pdf"),
              "application/pdf",
              export.pdf(
                  Languages.message(locale, "rankings.title") + " " + ranking.year(),
                  Languages.message(
                      locale,
                      "rankings.summary",
                      ranking.rows().size(),
                      String.valueOf(ranking.year()),
                      ranking.frameworkCode())));
      default -> throw new InvalidInputException("format", "error.export.format", format);
    };
  }

  private static Response file(String name, String type, byte[] content) {
    return Response.ok(content, type)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  static RankingFilter filter(
      Integer year, String kind, String province, String predicate, String cohort) {
    InstansiKind k = null;
    if (kind != null && !kind.isBlank()) {
      try {
        k = InstansiKind.fromWord(kind);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("kind", "error.kind.unknown", kind);
      }
    }
    return new RankingFilter(year, k, province, predicate, cohort);
  }
}
