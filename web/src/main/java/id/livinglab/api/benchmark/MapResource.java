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
import java.util.HashMap;
import java.util.List;
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

  /**
   * The figures of one region; {@code change}: its index against {@code from}, null without a
   * result then.
   */
  public record RegionValue(
      String name, BigDecimal index, String predicate, int rank, BigDecimal change) {}

  /**
   * The map's data: the year, the predicate bands in order, the regions, and the year changes are
   * measured from ({@code from}: the one asked for, else the previous year of the same framework;
   * null in a framework's first year).
   */
  public record MapJson(
      int year,
      String framework,
      List<String> predicates,
      Map<String, RegionValue> regions,
      Integer from) {}

  @EJB private RankingService rankings;

  @GET
  @Operation(
      summary = "Index and predicate per province or per kabupaten/kota, by region code",
      description =
          "change: the index against from (a year of the same framework; 400 otherwise), by"
              + " default against the previous year of the same framework")
  public MapJson values(
      @QueryParam("level") @DefaultValue("province") String level,
      @QueryParam("year") String year,
      @QueryParam("from") String from) {
    boolean provinces =
        switch (level) {
          case "province" -> true;
          case "regency" -> false;
          default -> throw new InvalidInputException("level", "error.map.level", level);
        };
    var ranking = rankings.ranking(RankingFilter.ofYear(Params.year("year", year)));
    Integer fromYear = Params.year("from", from);
    Map<String, BigDecimal> before = new HashMap<>();
    if (fromYear != null) {
      var earlier = rankings.ranking(RankingFilter.ofYear(fromYear));
      // Indices of two frameworks are on different scales: never subtracted.
      if (!earlier.frameworkCode().equals(ranking.frameworkCode())) {
        throw new InvalidInputException(
            "from", "error.map.frameworks", fromYear, earlier.frameworkCode(), ranking.year());
      }
      earlier.rows().forEach(s -> before.put(s.code(), s.index()));
    }
    Map<String, RegionValue> regions = new TreeMap<>();
    for (Standing s : ranking.rows()) {
      boolean isProvince = s.kind() == InstansiKind.PROVINSI;
      boolean isRegency = s.kind() == InstansiKind.KABUPATEN || s.kind() == InstansiKind.KOTA;
      if (provinces ? isProvince : isRegency) {
        BigDecimal change;
        if (fromYear != null) {
          BigDecimal was = before.get(s.code());
          change = was == null ? null : s.index().subtract(was);
        } else {
          change = s.change() == null ? null : s.change().index();
        }
        regions.put(
            s.code(),
            new RegionValue(s.name(), s.index(), s.predicate().nameId(), s.rankNational(), change));
      }
    }
    return new MapJson(
        ranking.year(),
        ranking.frameworkCode(),
        List.copyOf(ranking.predicates().keySet()),
        regions,
        fromYear != null ? fromYear : ranking.comparedWith());
  }
}
