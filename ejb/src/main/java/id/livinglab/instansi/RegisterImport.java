package id.livinglab.instansi;

import id.livinglab.common.ShippedFiles;
import id.livinglab.support.Csv;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Stores the shipped Kemendagri regions and the instansi register. */
@Stateless
public class RegisterImport {

  @PersistenceContext private EntityManager em;

  /** Loads regions and instansi when the register is empty; returns the rows stored. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int loadShippedIfAbsent() {
    if (em.createNamedQuery(Instansi.COUNT, Long.class).getSingleResult() > 0) {
      return 0;
    }
    int rows = 0;
    for (Csv.Row row : ShippedFiles.csv("regions/provinces.csv")) {
      em.persist(new Region(row.get("code"), row.get("name"), null));
      rows++;
    }
    for (Csv.Row row : ShippedFiles.csv("regions/regencies.csv")) {
      em.persist(new Region(row.get("code"), row.get("name"), row.get("province_code")));
      rows++;
    }
    em.flush();
    for (Csv.Row row : ShippedFiles.csv("spbe/instansi.csv")) {
      String province = row.get("province_code");
      em.persist(
          new Instansi(
              row.get("code"),
              row.get("name"),
              InstansiKind.fromWord(row.get("kind")),
              blankToNull(row.get("category")),
              blankToNull(row.get("short_name")),
              province.isEmpty() ? null : em.getReference(Region.class, province)));
      rows++;
    }
    return rows;
  }

  private static String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
