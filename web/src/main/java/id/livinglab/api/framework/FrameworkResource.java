package id.livinglab.api.framework;

import id.livinglab.framework.FrameworkCatalogue;
import id.livinglab.scoring.ScoringService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/v1/frameworks}: the framework versions, and scoring against them. Public. */
@Path("frameworks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FrameworkResource {

  @EJB private FrameworkCatalogue catalogue;
  @EJB private ScoringService scoring;

  @GET
  @Operation(summary = "Framework versions (SPBE 2018, SPBE 2020, Pemdi 2026, …)")
  public List<FrameworkJson> list() {
    return catalogue.frameworks().stream().map(FrameworkJson::summary).toList();
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One framework with its tree: weights, scales, criteria per level")
  @APIResponse(responseCode = "404", description = "Unknown framework")
  public FrameworkJson get(@PathParam("code") String code) {
    return FrameworkJson.of(catalogue.getFramework(code), true);
  }

  @POST
  @Path("{code}/score")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Score a level vector; stores nothing",
      description =
          "Body {\"year\": 2021, \"levels\": {\"1\": 4, …}}: every indicator of the framework,"
              + " 0 = not assessed. The predicate follows the year's grading basis.")
  @APIResponse(responseCode = "200", description = "The index, predicate, domains and aspects")
  @APIResponse(responseCode = "400", description = "Problem JSON naming the field at fault")
  public ScoreJson score(@PathParam("code") String code, String body) {
    ScoreRequest request = ScoreRequest.parse(body);
    return ScoreJson.of(scoring.score(code, request.year(), request.levels()));
  }
}
