package id.livinglab.result;

import id.livinglab.common.ShippedFiles;
import id.livinglab.framework.EvaluationYear;
import id.livinglab.instansi.Instansi;
import id.livinglab.support.Csv;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;

/** Stores the shipped published results (2023) and the national series (2018–2024). */
@Stateless
public class PublishedResultImport {

  /** The shipped years of per-instansi results, with their files. */
  private static final List<Integer> SHIPPED_YEARS = List.of(2023);

  private static final List<String> SPBE_DOMAINS = List.of("d1", "d2", "d3", "d4");

  @PersistenceContext private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int loadShippedIfAbsent() {
    int rows = 0;
    for (int year : SHIPPED_YEARS) {
      long present =
          em.createNamedQuery(PublishedResult.COUNT_BY_YEAR, Long.class)
              .setParameter("year", year)
              .getSingleResult();
      if (present > 0) {
        continue;
      }
      for (Csv.Row row : ShippedFiles.csv("spbe/results-" + year + ".csv")) {
        PublishedResult result =
            new PublishedResult(
                year,
                em.getReference(Instansi.class, row.get("instansi_code")),
                new BigDecimal(row.get("indeks")),
                row.get("predikat"));
        for (String d : SPBE_DOMAINS) {
          if (!row.get(d).isEmpty()) {
            result.getNodeValues().put(d.toUpperCase(), new BigDecimal(row.get(d)));
          }
        }
        em.persist(result);
        rows++;
      }
    }
    if (em.createNamedQuery(NationalIndex.FIND_ALL, NationalIndex.class)
        .getResultList()
        .isEmpty()) {
      for (Csv.Row row : ShippedFiles.csv("spbe/national-index.csv")) {
        int year = Integer.parseInt(row.get("year"));
        String count = row.get("n_instansi");
        em.persist(
            new NationalIndex(
                year,
                em.find(EvaluationYear.class, year).getFramework().getCode(),
                count.isEmpty() ? null : Integer.valueOf(count),
                new BigDecimal(row.get("indeks_nasional")),
                row.get("predikat")));
        rows++;
      }
    }
    return rows;
  }
}
