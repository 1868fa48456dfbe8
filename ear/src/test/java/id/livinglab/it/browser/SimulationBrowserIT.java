package id.livinglab.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import java.math.BigDecimal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The simulation page in Chromium on the demo 2026 period (Pemdi): from the scale minimum, a
 * changed level moves the index at once, the planner's cheapest steps to an index are tried and
 * become tasks, a scenario is saved, shared and opened by a colleague, and another region's
 * operator is refused. Starts from the minimum, which every run holds whatever the other tests did
 * to the 2026 assessment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SimulationBrowserIT extends ChromiumTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void levelsPlanScenarioAndSharing() {
    AssessmentPages.logInAs(driver, "koordinator.sumedang");
    SimulationPage page = new SimulationPage(driver, 2026, "32.11").startFrom("terendah");
    assertTrue(page.title().contains("Sumedang"), page.title());
    assertEquals("1.00", page.index());

    page.level(0, "3");
    BigDecimal moved = new BigDecimal(page.index());
    assertTrue(moved.compareTo(BigDecimal.ONE) > 0, page.index());
    assertTrue(page.change().startsWith("+"), page.change());

    page.level(1, "7");
    assertTrue(page.message().contains("indikator 2"), page.message());

    page.level(1, "1").planToIndex("2.00");
    assertTrue(page.planAnswer().contains("langkah"), page.planAnswer());
    assertTrue(page.steps().contains("→"), page.steps());
    page.applyPlan();
    assertTrue(new BigDecimal(page.index()).compareTo(new BigDecimal("2.00")) >= 0, page.index());

    page.makeTasks("Diskominfo", "2027-03-31");
    assertTrue(page.message().contains("tugas ditambahkan"), page.message());

    String name = "Uji simulasi " + System.currentTimeMillis();
    page.saveScenario(name);
    String index = page.index();
    assertTrue(page.scenarios().contains(name), page.scenarios());
    assertTrue(page.scenarios().contains("Hanya saya"), page.scenarios());
    int row = rowOf(page, name);
    page.share(row);
    assertTrue(page.scenarios().contains("Rekan satu instansi"), page.scenarios());

    AssessmentPages.logInAs(driver, "pimpinan.sumedang");
    SimulationPage colleague = new SimulationPage(driver, 2026, "32.11");
    assertTrue(colleague.scenarios().contains(name), colleague.scenarios());
    colleague.openScenario(rowOf(colleague, name));
    assertEquals(index, colleague.index());
    assertNotEquals("1", colleague.levelOf(0));

    driver.get(Deployments.baseUrl() + "simulation/plan.xhtml?year=2026&code=32.11");
    String tasks = driver.findElement(By.id("task-table")).getText();
    assertEquals(
        "Diskominfo",
        driver.findElement(By.cssSelector("[id$=':owner']")).getAttribute("value"),
        tasks);
    assertTrue(tasks.contains("Menunggu hasil resmi berikutnya"), tasks);

    AssessmentPages.logInAs(driver, "operator.garut");
    new SimulationPage(driver, 2026, "32.11");
    assertFalse(driver.getPageSource().contains("sim-index"), "Garut sees no Sumedang simulation");
    assertEquals(1, driver.findElements(By.id("error-title")).size(), driver.getTitle());
  }

  @Test
  void anEnglishPageNamesThePredicateInEnglish() {
    AssessmentPages.logInAs(driver, "koordinator.sumedang");
    driver.get(Deployments.baseUrl() + "simulation/index.xhtml?year=2026&code=32.11&lang=en");

    // Pemdi 2026 bands in English: Poor (Initiate) … Excellent (Leading), never "Kurang".
    String predicate = driver.findElement(By.id("sim-predicate")).getText();
    assertTrue(predicate.matches("(Poor|Fair|Good|Very good|Excellent) \\(.+\\)"), predicate);
  }

  private static int rowOf(SimulationPage page, String name) {
    int row = page.scenarioRows().indexOf(name);
    if (row < 0) {
      throw new AssertionError(name + " not in " + page.scenarios());
    }
    return row;
  }
}
