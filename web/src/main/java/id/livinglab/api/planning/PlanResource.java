package id.livinglab.api.planning;

import id.livinglab.planning.PlanningService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/v1/frameworks/{code}/plan}: the improvement planner. Public; stores nothing. */
@Path("frameworks/{code}/plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

  @EJB private PlanningService planning;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Plan level increases for the least effort, or the best index within a budget",
      description =
          "Body {\"year\": 2024, \"levels\": {\"1\": 3, …}, \"target\": {\"predicate\":"
              + " \"Sangat Baik\"}} or \"target\": {\"index\": 3.5} or \"budget\": 12; optional"
              + " \"effort\": {\"11\": [1, 2, 3, 5]} (cost of each step up from level 1; default"
              + " 1), \"maxSteps\": {\"11\": 1}, \"exclude\": [\"45\"]. A step raises a value to"
              + " the next whole level (Pemdi 1.26 → 2). Solved exactly; the predicate follows the"
              + " year's grading basis. An unreachable target answers feasible: false with a"
              + " reason.")
  @APIResponse(
      responseCode = "200",
      description = "The steps, their effort and gain, the resulting index and predicate")
  @APIResponse(responseCode = "400", description = "Problem JSON naming the field at fault")
  @APIResponse(responseCode = "404", description = "Unknown framework")
  public PlanJson plan(@PathParam("code") String code, String body) {
    PlanBody request = PlanBody.parse(body);
    return PlanJson.of(
        code, request.year(), planning.plan(code, request.year(), request.request()));
  }
}
