package id.livinglab.api.simulation;

import id.livinglab.api.common.JsonBody;
import id.livinglab.common.InvalidInputException;
import id.livinglab.simulation.ActionPlans;
import id.livinglab.simulation.TaskStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/action-plans/{year}/{instansi}}: the tasks of an instansi's action plan with their
 * progress and follow-up; the coordinator, head or administrator adds planned steps, any of the
 * instansi's people report on a task.
 */
@Path("action-plans/{year}/{instansi}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ActionPlanResource {

  @EJB private ActionPlans plans;

  @PathParam("year")
  private int year;

  @PathParam("instansi")
  private String instansi;

  @GET
  @Operation(summary = "The action plan: tasks, progress, and whether each indicator moved")
  public ActionPlans.PlanView plan() {
    return plans.plan(year, instansi);
  }

  @POST
  @Path("tasks")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add planned steps as tasks",
      description =
          "{\"ownerOpd\":\"Diskominfo\",\"deadline\":\"2026-06-30\",\"steps\":[{\"indicator\":\"11\","
              + "\"from\":2,\"to\":3,\"effort\":1}]} (the steps of POST /frameworks/{code}/plan)")
  public Map<String, Integer> add(String body) {
    JsonBody b = JsonBody.parse(body);
    List<ActionPlans.StepInput> steps = new ArrayList<>();
    JsonValue given = b.json().get("steps");
    if (given != null && given.getValueType() != JsonValue.ValueType.NULL) {
      if (given.getValueType() != JsonValue.ValueType.ARRAY) {
        throw new InvalidInputException("steps", "error.field.array", "steps");
      }
      for (JsonValue v : given.asJsonArray()) {
        if (!(v instanceof JsonObject o)) {
          throw new InvalidInputException("steps", "error.field.array", "steps");
        }
        JsonBody step = new JsonBody(o);
        steps.add(
            new ActionPlans.StepInput(
                step.text("indicator"),
                step.decimal("from"),
                step.decimal("to"),
                step.decimal("effort")));
      }
    }
    int added = plans.addSteps(year, instansi, steps, b.text("ownerOpd"), b.date("deadline"));
    return Map.of("added", added, "alreadyPlanned", steps.size() - added);
  }

  @PUT
  @Path("tasks/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Report on a task",
      description =
          "{\"ownerOpd\":…,\"deadline\":\"2026-06-30\",\"status\":\"BERJALAN\",\"version\":1}; a"
              + " stale version is 409")
  public Response update(@PathParam("id") long id, String body) {
    JsonBody b = JsonBody.parse(body);
    Integer version = b.integer("version");
    if (version == null) {
      throw new InvalidInputException("version", "error.field.required", "version");
    }
    plans.update(id, b.text("ownerOpd"), b.date("deadline"), status(b.text("status")), version);
    return Response.noContent().build();
  }

  private static TaskStatus status(String name) {
    if (name == null) {
      return null;
    }
    try {
      return TaskStatus.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "status", "error.field.oneOf", "status", Arrays.toString(TaskStatus.values()));
    }
  }
}
