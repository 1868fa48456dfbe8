package id.livinglab.api.practice;

import id.livinglab.practice.Adoption;
import id.livinglab.practice.AdoptionQueries;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/instansi/{code}/adoptions}: what an instansi adopted and from whom, and who
 * adopted from it ("diadopsi oleh 5 instansi").
 */
@Path("instansi/{code}/adoptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InstansiAdoptionResource {

  /** Both directions, and how many instansi adopted from it (counted as the catalogue counts). */
  public record Json(
      String instansi,
      List<AdoptionJson> adopted,
      List<AdoptionJson> adoptedFrom,
      long adoptedBy) {}

  @EJB private AdoptionQueries adoptions;

  @GET
  @Operation(summary = "What an instansi adopted, and who adopted from it; public")
  public Json get(@PathParam("code") String code) {
    List<Adoption> all = adoptions.ofInstansi(code);
    return new Json(
        code,
        all.stream().filter(a -> a.getAdopterCode().equals(code)).map(this::json).toList(),
        all.stream().filter(a -> a.getOwnerCode().equals(code)).map(this::json).toList(),
        all.stream()
            .filter(a -> a.getOwnerCode().equals(code) && a.getStage().counted())
            .map(Adoption::getAdopterCode)
            .distinct()
            .count());
  }

  private AdoptionJson json(Adoption a) {
    return AdoptionJson.of(a, adoptions.practiceOf(a), adoptions.allowedFor(a));
  }
}
