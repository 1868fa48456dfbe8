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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stores the shipped published results 2018–2024 with their sources, the official indicator levels
 * of 2021–2022, and the national series. Each year is loaded only when it holds no result, so a
 * database from an earlier release gets the new years and keeps everything users stored.
 */
@Stateless
public class PublishedResultImport {

  /** The shipped files of per-instansi results; a file's rows name their year. */
  private static final List<String> SHIPPED_FILES =
      List.of("spbe/results-2018-2022.csv", "spbe/results-2023.csv", "spbe/results-2024.csv");

  /** The source of the files that name none (their rows are an official report's). */
  private static final Map<String, String> FILE_SOURCES =
      Map.of("spbe/results-2023.csv", "K2023", "spbe/results-2024.csv", "K2024");

  private static final String LEVELS_FILE = "spbe/indicator-levels-2021-2022.csv";

  /** How the compilation flags a 2020 value equal to 2019's. */
  private static final String CARRIED_FORWARD = "carried-forward?";

  private static final int SPBE_2020_INDICATORS = 47;

  private static final List<String> SPBE_DOMAINS = List.of("d1", "d2", "d3", "d4");

  /** The report's domain columns, by a word of the domain's name in every SPBE framework. */
  private static final Map<String, String> DOMAIN_COLUMNS =
      Map.of(
          "domain_kebijakan", "Kebijakan",
          "domain_tata_kelola", "Tata Kelola",
          "domain_manajemen", "Manajemen",
          "domain_layanan", "Layanan");

  @PersistenceContext private EntityManager em;

  private boolean holdsNoResult(int year) {
    return em.createNamedQuery(PublishedResult.COUNT_BY_YEAR, Long.class)
            .setParameter("year", year)
            .getSingleResult()
        == 0;
  }

  /** Adds the shipped sources, and takes a newer release's texts for those already stored. */
  private int loadSources() {
    int rows = 0;
    for (Csv.Row row : ShippedFiles.csv("spbe/sources.csv")) {
      ResultSource shipped =
          new ResultSource(
              row.get("code"),
              row.get("name_id"),
              row.get("name_en"),
              Reliability.valueOf(row.get("reliability")),
              row.get("note_id"),
              row.get("note_en"),
              row.get("url").isEmpty() ? null : row.get("url"));
      ResultSource stored = em.find(ResultSource.class, shipped.getCode());
      if (stored == null) {
        em.persist(shipped);
        rows++;
      } else {
        stored.update(shipped);
      }
    }
    em.flush();
    return rows;
  }

  private PublishedResult result(Csv.Row row, String source, Map<String, Csv.Row> levels) {
    int year = Integer.parseInt(row.get("year"));
    PublishedResult result =
        new PublishedResult(
            year,
            em.getReference(Instansi.class, row.get("instansi_code")),
            new BigDecimal(row.get("indeks")),
            row.get("predikat"),
            em.getReference(ResultSource.class, source));
    String note = row.get("note");
    result.describe(
        ResultMode.fromWord(row.get("mode")),
        note.startsWith(CARRIED_FORWARD),
        note.length() > 500 ? note.substring(0, 500) : note);
    for (String d : SPBE_DOMAINS) {
      if (!row.get(d).isEmpty()) {
        result.getNodeValues().put(d.toUpperCase(), new BigDecimal(row.get(d)));
      }
    }
    Csv.Row levelRow = levels.get(year + "/" + row.get("instansi_code"));
    if (levelRow != null) {
      for (int i = 1; i <= SPBE_2020_INDICATORS; i++) {
        result.getLevels().put(String.valueOf(i), new BigDecimal(levelRow.get("i" + i)));
      }
    }
    return result;
  }

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
    int rows = loadSources();
    Map<String, Csv.Row> levels = new HashMap<>();
    for (Csv.Row row : ShippedFiles.csv(LEVELS_FILE)) {
      levels.put(row.get("year") + "/" + row.get("instansi_code"), row);
    }
    Map<Integer, Boolean> absent = new HashMap<>();
    for (String file : SHIPPED_FILES) {
      for (Csv.Row row : ShippedFiles.csv(file)) {
        int year = Integer.parseInt(row.get("year"));
        if (absent.computeIfAbsent(year, this::holdsNoResult)) {
          em.persist(result(row, FILE_SOURCES.getOrDefault(file, row.get("source")), levels));
          rows++;
        }
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
