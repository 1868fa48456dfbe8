package id.livinglab.result;

import id.livinglab.common.ShippedFiles;
import id.livinglab.framework.EvaluationYear;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.instansi.Instansi;
import id.livinglab.support.Csv;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Stores the shipped published results (2023) and the national series (2018–2024). */
@Stateless
public class PublishedResultImport {

  /** The shipped years of per-instansi results, with their files. */
  private static final List<Integer> SHIPPED_YEARS = List.of(2023);

  private static final List<String> SPBE_DOMAINS = List.of("d1", "d2", "d3", "d4");

  /** The report's domain columns, by a word of the domain's name in every SPBE framework. */
  private static final Map<String, String> DOMAIN_COLUMNS =
      Map.of(
          "domain_kebijakan", "Kebijakan",
          "domain_tata_kelola", "Tata Kelola",
          "domain_manajemen", "Manajemen",
          "domain_layanan", "Layanan");

  @PersistenceContext private EntityManager em;

  /** The published domain means of a year, keyed by the year's domain codes (D1 …). */
  private Map<String, BigDecimal> domainMeans(Csv.Row row, int year) {
    FrameworkVersion framework = em.find(EvaluationYear.class, year).getFramework();
    Map<String, BigDecimal> means = new TreeMap<>();
    DOMAIN_COLUMNS.forEach(
        (column, word) -> {
          if (!row.get(column).isEmpty()) {
            framework.getNodes().stream()
                .filter(n -> n.getParentCode() == null && n.getNameId().contains(word))
                .findFirst()
                .ifPresent(n -> means.put(n.getCode(), new BigDecimal(row.get(column))));
          }
        });
    return means;
  }

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
    List<NationalIndex> series =
        em.createNamedQuery(NationalIndex.FIND_ALL, NationalIndex.class).getResultList();
    if (!series.isEmpty() && series.stream().allMatch(n -> n.getDomainMeans().isEmpty())) {
      // Databases from before the domain means were shipped: add them to the stored series.
      for (Csv.Row row : ShippedFiles.csv("spbe/national-index.csv")) {
        NationalIndex n = em.find(NationalIndex.class, Integer.parseInt(row.get("year")));
        if (n != null) {
          n.getDomainMeans().putAll(domainMeans(row, n.getYear()));
          rows++;
        }
      }
    }
    if (series.isEmpty()) {
      for (Csv.Row row : ShippedFiles.csv("spbe/national-index.csv")) {
        int year = Integer.parseInt(row.get("year"));
        String count = row.get("n_instansi");
        NationalIndex n =
            new NationalIndex(
                year,
                em.find(EvaluationYear.class, year).getFramework().getCode(),
                count.isEmpty() ? null : Integer.valueOf(count),
                new BigDecimal(row.get("indeks_nasional")),
                row.get("predikat"));
        n.getDomainMeans().putAll(domainMeans(row, year));
        em.persist(n);
        rows++;
      }
    }
    return rows;
  }
}
