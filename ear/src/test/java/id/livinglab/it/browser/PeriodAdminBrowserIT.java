package id.livinglab.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The national administrator opens a period with its stage calendar from the assessment page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeriodAdminBrowserIT extends ChromiumTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void aPeriodIsOpenedWithItsCalendarAndABadDateChangesNothing() {
    AssessmentPages.logInAs(driver, "admin");
    AssessmentPages.Worklist page = new AssessmentPages.Worklist(driver);

    // 2018 is this test's own year: the other tests' periods are 2019–2026.
    page.openPeriod("2018", 0, "2018-06-01", "2018-07-3l");
    assertTrue(
        AssessmentPages.message(driver).contains("harus tanggal"), AssessmentPages.message(driver));
    assertFalse(new AssessmentPages.Worklist(driver).periodsTable().contains("2018-06-01"));

    page = new AssessmentPages.Worklist(driver).openPeriod("2018", 0, "2018-06-01", "2018-07-31");
    String periods = page.periodsTable();
    assertTrue(periods.contains("Penilaian Mandiri: 2018-06-01 – 2018-07-31"), periods);
  }
}
