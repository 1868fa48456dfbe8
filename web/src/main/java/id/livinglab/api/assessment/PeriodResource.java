package id.livinglab.api.assessment;

import id.livinglab.api.common.JsonBody;
import id.livinglab.assessment.PeriodService;
import id.livinglab.assessment.Stage;
import id.livinglab.common.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/periods}: evaluation periods, their stages and assignments (administrator). */
@Path("periods")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PeriodResource {

  @EJB private PeriodService periods;

  @GET
  @Operation(summary = "Evaluation periods with their open stage")
  public List<PeriodService.PeriodSummary> list() {
    return periods.periods();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Open a period (administrator)",
      description =
          "{\"year\": 2025, \"stages\": {\"MANDIRI\": {\"from\": \"2025-06-01\", \"to\":"
              + " \"2025-07-31\"}, …}}; framework and grading basis come from the year")
  public Response open(String body) {
    JsonBody b = JsonBody.parse(body);
    Integer year = b.year("year");
    if (year == null) {
      throw new InvalidInputException("year", "error.field.required", "year");
    }
    Map<Stage, PeriodService.Dates> dates = new EnumMap<>(Stage.class);
    JsonValue stages = b.json().get("stages");
    if (stages != null && stages.getValueType() != JsonValue.ValueType.NULL) {
      if (!(stages instanceof JsonObject s)) {
        throw new InvalidInputException("stages", "error.field.object", "stages");
      }
      for (var e : s.entrySet()) {
        String field = "stages." + e.getKey();
        Stage stage = stage(field, e.getKey());
        if (!(e.getValue() instanceof JsonObject d)) {
          throw new InvalidInputException(field, "error.field.object", field);
        }
        JsonBody window = new JsonBody(d);
        dates.put(
            stage,
            new PeriodService.Dates(
                JsonBody.date(field + ".from", window.text("from")),
                JsonBody.date(field + ".to", window.text("to"))));
      }
    }
    return Response.status(Response.Status.CREATED).entity(periods.open(year, dates)).build();
  }

  @POST
  @Path("{year}/advance")
  @Operation(summary = "Close the open stage and open the next (administrator)")
  public PeriodService.PeriodSummary advance(@PathParam("year") int year) {
    return periods.advance(year);
  }

  @PUT
  @Path("{year}/assessors/{instansi}/{username}")
  @Operation(summary = "Assign an assessor to an instansi, optionally for one aspect (admin)")
  public Response assign(
      @PathParam("year") int year,
      @PathParam("instansi") String instansi,
      @PathParam("username") String username,
      @QueryParam("aspect") String aspect) {
    periods.assign(year, instansi, username, aspect);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{year}/assessors/{instansi}/{username}")
  @Operation(summary = "Remove an assessor's assignments at an instansi (administrator)")
  public Response unassign(
      @PathParam("year") int year,
      @PathParam("instansi") String instansi,
      @PathParam("username") String username) {
    periods.unassign(year, instansi, username);
    return Response.noContent().build();
  }

  private static Stage stage(String field, String name) {
    try {
      return Stage.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          field, "error.field.oneOf", field, Arrays.toString(Stage.values()));
    }
  }
}
