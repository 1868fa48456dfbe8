package id.livinglab.api.benchmark;

import id.livinglab.api.common.Params;
import id.livinglab.benchmark.RankingFilter;
import id.livinglab.benchmark.RankingService;
import id.livinglab.benchmark.Standing;
import id.livinglab.common.InvalidInputException;
import id.livinglab.instansi.InstansiKind;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/map?level=province|regency&year=}: the value of each region for the map, keyed by
 * Kemendagri code as the boundary files are. A province is coloured by its own government's result,
 * a kabupaten/kota by its own.
 */
@Path("map")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MapResource {

  /** The figures of one region. */
  public record RegionValue(String name, BigDecimal index, String predicate, int rank) {}

  /** The map's data: the year, the predicate bands in order, and the regions. */
  public record MapJson(
      int year,
      String framework,
      java.util.List<String> predicates,
      Map<String, RegionValue> regions) {}

  @EJB private RankingService rankings;

  @GET
  @Operation(summary = "Index and predicate per province or per kabupaten/kota, by region code")
  public MapJson values(
      @QueryParam("level") @DefaultValue("province") String level,
      @QueryParam("year") String year) {
    boolean provinces =
        switch (level) {
          case "province" -> true;
          case "regency" -> false;
          default -> throw new InvalidInputException("level", "error.map.level", level);
        };
    var ranking = rankings.ranking(RankingFilter.ofYear(Params.year("year", year)));
    Map<String, RegionValue> regions = new TreeMap<>();
    for (Standing s : ranking.rows()) {
      boolean isProvince = s.kind() == InstansiKind.PROVINSI;
      boolean isRegency = s.kind() == InstansiKind.KABUPATEN || s.kind() == InstansiKind.KOTA;
      if (provinces ? isProvince : isRegency) {
        regions.put(
            s.code(),
            new RegionValue(s.name(), s.index(), s.predicate().nameId(), s.rankNational()));
      }
    }
    return new MapJson(
        ranking.year(),
        ranking.frameworkCode(),
        java.util.List.copyOf(ranking.predicates().keySet()),
        regions);
  }
}
