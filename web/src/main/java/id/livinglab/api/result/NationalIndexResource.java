package id.livinglab.api.result;

import id.livinglab.result.ResultService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.TreeMap;

/** {@code /api/v1/national-index}: the national series, public. */
@Path("national-index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NationalIndexResource {

  @EJB private ResultService results;

  @GET
  public List<NationalIndexJson> series() {
    return results.nationalSeries().stream()
        .map(
            n ->
                new NationalIndexJson(
                    n.getYear(),
                    n.getFrameworkCode(),
                    n.getIndex(),
                    n.getPredicate(),
                    n.getInstansiCount(),
                    new TreeMap<>(n.getDomainMeans())))
        .toList();
  }
}
