package id.livinglab.api.benchmark;

import id.livinglab.api.common.JsonBody;
import id.livinglab.benchmark.PeerGroup;
import id.livinglab.benchmark.PeerGroupAdmin;
import id.livinglab.benchmark.PeerGroups;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/peer-groups}: named groups to compare with; defined by administrators. */
@Path("peer-groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PeerGroupResource {

  /** A group: cohort (shipped, read-only) or custom. */
  public record GroupJson(
      String code,
      String name,
      String nameEn,
      String description,
      String type,
      List<String> members) {

    static GroupJson of(PeerGroup g) {
      return new GroupJson(
          g.getCode(),
          g.getNameId(),
          g.getNameEn(),
          g.getDescription(),
          g.getType().name().toLowerCase(Locale.ROOT),
          List.copyOf(g.getMembers()));
    }
  }

  @EJB private PeerGroups groups;
  @EJB private PeerGroupAdmin admin;

  @GET
  @Operation(summary = "Every named peer group with its members; public")
  public List<GroupJson> all() {
    return groups.all().stream().map(GroupJson::of).toList();
  }

  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Define or replace a custom peer group (administrator)",
      description =
          "{\"name\":\"…\",\"nameEn\":\"…\",\"description\":\"…\",\"members\":[\"32.11\",…]}")
  public GroupJson define(@PathParam("code") String code, String body) {
    // Read by hand like every body, so that a body of the wrong shape ("members": {…}) is a 400
    // naming the field rather than a binding failure.
    JsonBody d = JsonBody.parse(body);
    return GroupJson.of(
        admin.define(
            code, d.text("name"), d.text("nameEn"), d.text("description"), d.texts("members")));
  }

  @DELETE
  @Path("{code}")
  @Operation(summary = "Remove a custom peer group (administrator)")
  public Response remove(@PathParam("code") String code) {
    admin.remove(code);
    return Response.noContent().build();
  }
}
