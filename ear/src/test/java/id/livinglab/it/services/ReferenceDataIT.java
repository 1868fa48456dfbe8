package id.livinglab.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.benchmark.Portrait;
import id.livinglab.benchmark.PortraitService;
import id.livinglab.framework.FrameworkCatalogue;
import id.livinglab.framework.GradingBasis;
import id.livinglab.framework.NodeKind;
import id.livinglab.instansi.InstansiNotFoundException;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.it.Deployments;
import id.livinglab.result.ResultService;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shipped reference data, as the running application loaded it into the real database. */
@ExtendWith(ArquillianExtension.class)
class ReferenceDataIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(ReferenceDataIT.class);
  }

  @EJB private InstansiRegister register;
  @EJB private ResultService results;
  @EJB private FrameworkCatalogue catalogue;
  @EJB private PortraitService benchmark;

  @Test
  void theRegisterHoldsEveryPublishedInstansiAndRegion() {
    // 629 in today's register, and 51 bodies of 2018–2022 that are no longer in it.
    assertEquals(629 + 51, register.count());
    assertEquals(38 + 514, register.regionCount());
    assertEquals("Pemerintah Kab. Sumedang", register.get("32.11").getName());
    assertEquals("Jawa Barat", register.get("32.11").getProvince().getName());
  }

  @Test
  void everyPublished2023ResultAndTheNationalSeriesAreLoaded() {
    assertEquals(621, results.countForYear(2023));
    var series = results.nationalSeries();
    assertEquals(7, series.size());
    assertEquals(2018, series.get(0).getYear());
    assertEquals(0, new BigDecimal("1.98").compareTo(series.get(0).getIndex()));
    assertEquals(0, new BigDecimal("3.12").compareTo(series.get(6).getIndex()));
    assertEquals(0, new BigDecimal("1.65").compareTo(series.get(5).getDomainMeans().get("D3")));
    assertEquals(0, new BigDecimal("2.17").compareTo(series.get(0).getDomainMeans().get("D3")));
  }

  @Test
  void theFrameworksAreLoadedWithTheirTreesAndCriteria() {
    var spbe = catalogue.getFramework("spbe-2020");
    assertEquals(47, spbe.nodesOfKind(NodeKind.INDICATOR).size());
    assertEquals(4, spbe.nodesOfKind(NodeKind.DOMAIN).size());
    assertEquals(8, spbe.nodesOfKind(NodeKind.ASPECT).size());
    assertEquals(
        235,
        spbe.nodesOfKind(NodeKind.INDICATOR).stream().mapToInt(n -> n.getCriteria().size()).sum());
    assertTrue(spbe.findNode("1").orElseThrow().getQuestion().startsWith("Apakah"));
    assertEquals(
        0,
        new BigDecimal("100")
            .compareTo(
                spbe.nodesOfKind(NodeKind.INDICATOR).stream()
                    .map(n -> n.getWeight())
                    .reduce(BigDecimal.ZERO, BigDecimal::add)));
    assertEquals(20, catalogue.getFramework("pemdi-2026").nodesOfKind(NodeKind.INDICATOR).size());
    assertEquals(35, catalogue.getFramework("spbe-2018").nodesOfKind(NodeKind.INDICATOR).size());
  }

  @Test
  void eachYearNamesItsFrameworkAndGradingBasis() {
    assertEquals("spbe-2018", catalogue.getYear(2019).getFramework().getCode());
    assertEquals(GradingBasis.ROUNDED, catalogue.getYear(2023).getGradingBasis());
    assertEquals(GradingBasis.EXACT, catalogue.getYear(2024).getGradingBasis());
    assertEquals("pemdi-2026", catalogue.getYear(2026).getFramework().getCode());
  }

  @Test
  void sumedangs2023PortraitIsFourFourteenSangatBaik() {
    Portrait p = benchmark.portrait("32.11", 2023);

    assertEquals(0, new BigDecimal("4.14").compareTo(p.index()));
    assertEquals("Sangat Baik", p.predicate().nameId());
    assertTrue(p.official());
    assertEquals(4, p.nodes().size());
    assertEquals("D3", p.nodes().get(2).code());
    assertEquals(0, new BigDecimal("2.55").compareTo(p.nodes().get(2).value()));
    assertEquals("Cukup", p.nodes().get(2).predicate().nameId());
  }

  @Test
  void anUnknownInstansiIsANamedNotFound() {
    var e =
        Assertions.assertThrows(
            InstansiNotFoundException.class, () -> benchmark.portrait("99.99", null));
    assertEquals("error.instansi.notFound", e.messageKey());
  }
}
