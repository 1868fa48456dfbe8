package id.livinglab.setup;

import id.livinglab.assessment.DemoPeriod;
import id.livinglab.benchmark.PeerGroupImport;
import id.livinglab.framework.FrameworkImport;
import id.livinglab.instansi.RegisterImport;
import id.livinglab.practice.PracticeImport;
import id.livinglab.result.PublishedResultImport;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;

/**
 * Loads the reference data shipped in the application on first start: frameworks, the region and
 * instansi register, published results, peer groups, the good practices and the adoptions public
 * reports name. Each data set is loaded in its own transaction and only when absent, so a restart
 * changes nothing and a new data set arrives with a new release.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ReferenceDataLoader {

  private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class.getName());

  @EJB private FrameworkImport frameworks;
  @EJB private RegisterImport register;
  @EJB private PublishedResultImport results;
  @EJB private PeerGroupImport peerGroups;
  @EJB private PracticeImport practices;
  @EJB private DemoPeriod demoPeriod;

  @PostConstruct
  void load() {
    int f = frameworks.loadShippedIfAbsent();
    int r = register.loadShippedIfAbsent() + register.loadHistoryIfAbsent();
    int p = results.loadShippedIfAbsent();
    int g = peerGroups.loadShippedIfAbsent();
    int x = practices.loadShippedIfAbsent();
    if (demoPeriod.openIfAbsent()) {
      LOG.info("Demo data: evaluation period 2026 opened in its self-assessment stage");
    }
    LOG.info(
        () ->
            "Reference data: "
                + f
                + " framework(s), "
                + r
                + " register row(s), "
                + p
                + " result row(s), "
                + g
                + " peer group(s), "
                + x
                + " good practice(s) loaded");
  }
}
