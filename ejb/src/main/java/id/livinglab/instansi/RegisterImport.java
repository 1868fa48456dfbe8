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

  /**
   * Adds the bodies of earlier years that are no longer in the register, and KemenPANRB's codes for
   * every body, where absent: a database from an earlier release gets them without losing anything.
   * Runs after {@link #loadShippedIfAbsent()}; returns the rows stored.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int loadHistoryIfAbsent() {
    int rows = 0;
    for (Csv.Row row : ShippedFiles.csv("spbe/instansi-historic.csv")) {
      String code = row.get("code");
      if (em.find(Instansi.class, code) != null) {
        continue;
      }
      // A regional body's province is the first part of its Kemendagri code (94.01 → 94).
      String province = code.startsWith("P-") ? null : code.substring(0, code.indexOf('.'));
      Instansi body =
          new Instansi(
              code,
              row.get("name"),
              InstansiKind.fromWord(row.get("kind")),
              blankToNull(row.get("category")),
              null,
              province == null ? null : em.getReference(Region.class, province));
      body.retire(row.get("years"), row.get("note"));
      em.persist(body);
      rows++;
    }
    em.flush();
    if (em.createNamedQuery(KemenpanrbAlias.COUNT, Long.class).getSingleResult() == 0) {
      int line = 1;
      for (Csv.Row row : ShippedFiles.csv("spbe/kemenpanrb-codes.csv")) {
        em.persist(
            new KemenpanrbAlias(
                line++,
                row.get("kemenpanrb_kode"),
                row.get("instansi_code"),
                row.get("name_in_source"),
                row.get("how")));
        rows++;
      }
    }
    return rows;
  }

  private static String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
