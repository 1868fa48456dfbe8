package id.livinglab.benchmark;

import id.livinglab.common.ShippedFiles;
import id.livinglab.support.Csv;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Stores the shipped Living Lab cohorts that the database lacks. */
@Stateless
public class PeerGroupImport {

  @PersistenceContext private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int loadShippedIfAbsent() {
    int loaded = 0;
    for (Csv.Row row : ShippedFiles.csv("benchmark/cohorts.csv")) {
      PeerGroup group = em.find(PeerGroup.class, row.get("group_code"));
      if (group == null) {
        group =
            new PeerGroup(
                row.get("group_code"),
                row.get("name_id"),
                row.get("name_en"),
                row.get("description"),
                PeerGroup.Type.COHORT);
        em.persist(group);
        loaded++;
      }
      if (group.getType() == PeerGroup.Type.COHORT) {
        group.getMembers().add(row.get("instansi_code"));
      }
    }
    return loaded;
  }
}
