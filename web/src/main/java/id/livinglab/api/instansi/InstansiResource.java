package id.livinglab.api.instansi;

import id.livinglab.api.common.Params;
import id.livinglab.benchmark.BenchmarkService;
import id.livinglab.benchmark.Portrait;
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

/** {@code /api/v1/instansi}: the public register and portraits (published data is public). */
@Path("instansi")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InstansiResource {

  private static final int MAX_LIMIT = 100;

  @EJB private InstansiRegister register;
  @EJB private BenchmarkService benchmark;
  @EJB private CheapestSteps steps;

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
}
