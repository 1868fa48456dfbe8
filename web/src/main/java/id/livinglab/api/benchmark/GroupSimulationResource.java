package id.livinglab.api.benchmark;

import id.livinglab.api.common.ClientLanguage;
import id.livinglab.api.common.Params;
import id.livinglab.api.planning.NextStepsJson;
import id.livinglab.simulation.GroupAverage;
import id.livinglab.simulation.GroupPlan;
import id.livinglab.simulation.GroupSimulation;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/peer-groups/{id}/simulation?year=&target=}: a group's average now and if each
 * member's cheapest plan is carried out; public (official data only). {@code id} is a peer group's
 * code, {@code province:32} or {@code kind:kabupaten}.
 */
@Path("peer-groups/{id}/simulation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GroupSimulationResource {

  /**
   * The simulation. {@code shown} is false under 5 members with results: then {@code averageNow},
   * {@code averageAfter} and every member's {@code share} are null, and {@code hiddenReason} says
   * why.
   */
  public record SimulationJson(
      String group,
      String name,
      int year,
      String framework,
      String target,
      int membersWithResults,
      boolean shown,
      String hiddenReason,
      BigDecimal averageNow,
      BigDecimal averageAfter,
      List<MemberJson> members) {}

  /**
   * A member, in the order its plan moves the group (largest first). {@code status}: {@code levels}
   * (official indicator levels, planned), {@code held} (a result but no levels: held at its index),
   * {@code no_result} (in no average).
   *
   * @param share what its plan adds to the group average: (after − now) / members with results
   */
  public record MemberJson(
      String code,
      String name,
      String status,
      BigDecimal index,
      String predicate,
      BigDecimal indexAfter,
      String predicateAfter,
      BigDecimal share,
      NextStepsJson steps) {}

  @EJB private GroupSimulation simulation;
  @Context private HttpHeaders headers;

  @GET
  @Operation(
      summary =
          "Group simulation: each member's official index, its cheapest plan from official"
              + " indicator levels to its next predicate (or target=predicate or index), and the"
              + " group's average now and after; averages from 5 members with results")
  public SimulationJson simulate(
      @PathParam("id") String id,
      @QueryParam("year") String year,
      @QueryParam("target") String target) {
    GroupPlan g = simulation.simulate(id, Params.year("year", year), target);
    GroupAverage a = g.average();
    return new SimulationJson(
        g.groupId(),
        g.kind() == null ? g.nameId() : g.kind().name().toLowerCase(Locale.ROOT),
        g.year(),
        g.frameworkCode(),
        g.target(),
        a.count(),
        a.shown(),
        a.shown()
            ? null
            : Languages.message(ClientLanguage.of(headers, null), "group.hidden", a.count()),
        a.shown() ? scaled(a.now()) : null,
        a.shown() ? scaled(a.after()) : null,
        g.members().stream()
            .map(
                m ->
                    new MemberJson(
                        m.code(),
                        m.name(),
                        m.status().name().toLowerCase(Locale.ROOT),
                        m.now(),
                        m.predicate() == null ? null : m.predicate().nameId(),
                        m.after(),
                        m.predicateAfter() == null ? null : m.predicateAfter().nameId(),
                        scaled(g.share(m.code())),
                        m.steps() == null ? null : NextStepsJson.of(m.steps())))
            .toList());
  }

  private static BigDecimal scaled(BigDecimal value) {
    return value == null ? null : value.setScale(4, RoundingMode.HALF_UP);
  }
}
