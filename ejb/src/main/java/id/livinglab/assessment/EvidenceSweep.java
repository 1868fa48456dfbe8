package id.livinglab.assessment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At start, deletes what uploads cut off by a stopped server left in {@code evidence/tmp} ({@link
 * EvidenceStore#sweepTemporary}): no failure path of a running server leaves a file there, a server
 * killed in the middle of an upload may.
 */
@Singleton
@Startup
public class EvidenceSweep {

  private static final Logger LOG = Logger.getLogger(EvidenceSweep.class.getName());

  @Inject private EvidenceStore store;

  @PostConstruct
  void sweep() {
    int deleted = store.sweepTemporary();
    if (deleted > 0) {
      LOG.info(() -> "Evidence: " + deleted + " unfinished upload(s) deleted from evidence/tmp");
    }
  }
}
