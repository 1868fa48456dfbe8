package id.livinglab.api.instansi;

import id.livinglab.api.common.Params;
import id.livinglab.benchmark.HistoryService;
import id.livinglab.benchmark.Portrait;
import id.livinglab.benchmark.PortraitService;
import id.livinglab.common.InvalidInputException;
import id.livinglab.framework.FrameworkCatalogue;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.planning.CheapestSteps;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/v1/instansi}: the public register and portraits (published data is public). */
@Path("instansi")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InstansiResource {

  private static final int MAX_LIMIT = 100;

  @EJB private InstansiRegister register;
  @EJB private PortraitService benchmark;
  @EJB private CheapestSteps steps;
  @EJB private HistoryService history;
  @EJB private FrameworkCatalogue catalogue;

  @GET
  public List<InstansiJson> search(
      @QueryParam("q") @DefaultValue("") String q, @QueryParam("limit") String limit) {
    return register.search(q, Params.integer("limit", limit, 1, MAX_LIMIT, 20)).stream()
        .map(InstansiJson::of)
        .toList();
  }

  @GET
  @Path("{code}")
  public InstansiJson get(@PathParam("code") String code) {
    return InstansiJson.of(register.get(code));
  }

  @GET
  @Path("{code}/portrait")
  public PortraitJson portrait(@PathParam("code") String code, @QueryParam("year") String year) {
    Portrait p = benchmark.portrait(code, Params.year("year", year));
    return PortraitJson.of(p, p.hasResult() ? steps.toNextPredicate(p.year(), p.code()) : null);
  }

  @GET
  @Path("{code}/history")
  @Operation(
      summary = "Every published result of an instansi, oldest first, with its source",
      description =
          "Years on different frameworks (spbe-2018 until 2020, spbe-2020 from 2021) are on"
              + " different scales: change is given against the previous year of the same"
              + " framework only.")
  @APIResponse(responseCode = "404", description = "Unknown instansi")
  public List<HistoryJson> history(@PathParam("code") String code) {
    return history.history(code).stream()
        .map(s -> HistoryJson.of(s, catalogue.getYear(s.year()).getFramework().getCode()))
        .toList();
  }

  @GET
  @Path("{code}/levels")
  @Operation(summary = "The official level of every indicator of a year, with its source")
  @APIResponse(
      responseCode = "404",
      description = "Unknown instansi or year, or no official levels held for that year")
  @APIResponse(responseCode = "400", description = "No year given, or not a year")
  public LevelsJson levels(@PathParam("code") String code, @QueryParam("year") String yearParam) {
    Integer year = Params.year("year", yearParam);
    if (year == null) {
      throw new InvalidInputException("year", "error.field.required", "year");
    }
    return LevelsJson.of(code, history.levels(code, year));
  }
}
