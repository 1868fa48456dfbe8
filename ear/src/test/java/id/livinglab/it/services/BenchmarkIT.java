package id.livinglab.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.benchmark.Portrait;
import id.livinglab.benchmark.PortraitService;
import id.livinglab.benchmark.RankingFilter;
import id.livinglab.benchmark.RankingService;
import id.livinglab.instansi.InstansiKind;
import id.livinglab.it.Deployments;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark figures checked by hand from results-2023.csv: Sumedang (4.14) has 28 instansi above it
 * nationally, 12 kabupaten above it, and only Karawang (4.38) above it in Jawa Barat, where it ties
 * with the Province of Jawa Barat (4.14).
 */
@ExtendWith(ArquillianExtension.class)
class BenchmarkIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(BenchmarkIT.class);
  }

  @EJB private PortraitService benchmark;
  @EJB private RankingService rankings;

  @Test
  void sumedangsRanksIn2023() {
    Portrait p = benchmark.portrait("32.11", 2023);

    assertEquals(29, p.standing().rankNational());
    assertEquals(621, p.nationalCount());
    assertEquals(13, p.standing().rankKind());
    assertEquals(398, p.kindCount());
    assertEquals(2, p.standing().rankProvince());
    assertEquals(28, p.provinceCount());
  }

  @Test
  void sumedangIsSixHundredthsFromMemuaskan() {
    Portrait p = benchmark.portrait("32.11", 2023);

    assertEquals("Memuaskan", p.next().predicate().nameId());
    assertEquals(0, new BigDecimal("0.06").compareTo(p.next().distance()));
  }

  @Test
  void averagesOfTheNationTheProvinceAndTheCohort() {
    Portrait p = benchmark.portrait("32.11", 2023);
    var national = p.references().get(0);
    var cohort =
        p.references().stream().filter(r -> r.key().startsWith("group:")).findFirst().orElseThrow();

    assertEquals("national", national.key());
    assertEquals(621, national.count());
    assertEquals("2.82", national.index().setScale(2, RoundingMode.HALF_UP).toPlainString());
    assertEquals(
        "3.41", p.references().get(1).index().setScale(2, RoundingMode.HALF_UP).toPlainString());
    assertEquals(8, cohort.count());
    assertEquals(0, new BigDecimal("3.3825").compareTo(cohort.index()));
  }

  @Test
  void aGroupUnderFiveMembersHasNoAverage() {
    // Jawa Barat has one province government: a group of one is never averaged.
    var small = rankings.ranking(new RankingFilter(2023, InstansiKind.PROVINSI, "32", null, null));

    assertEquals(1, small.rows().size());
    assertFalse(small.statistics().shown());
    assertTrue(
        rankings
            .ranking(new RankingFilter(2023, InstansiKind.KABUPATEN, "32", null, null))
            .statistics()
            .shown());
  }

  @Test
  void theRankingFiltersByKindProvincePredicateAndCohort() {
    var jabarKabupaten =
        rankings.ranking(new RankingFilter(2023, InstansiKind.KABUPATEN, "32", null, null));
    var cohort =
        rankings.ranking(new RankingFilter(2023, null, null, null, "livinglab-jabar-2023"));
    var sangatBaik = rankings.ranking(new RankingFilter(2023, null, "32", "Sangat Baik", null));

    assertEquals(18, jabarKabupaten.rows().size());
    assertEquals("32.15", jabarKabupaten.rows().get(0).code());
    assertEquals(8, cohort.rows().size());
    assertEquals(2, cohort.predicates().get("Sangat Baik"));
    assertTrue(
        sangatBaik.rows().stream().allMatch(s -> s.predicate().nameId().equals("Sangat Baik")));
  }
}
