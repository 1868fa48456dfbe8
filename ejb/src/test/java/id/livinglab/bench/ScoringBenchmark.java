package id.livinglab.bench;

import id.livinglab.common.ShippedFiles;
import id.livinglab.framework.FrameworkFiles;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.GradingBasis;
import id.livinglab.framework.NodeKind;
import id.livinglab.scoring.Grading;
import id.livinglab.scoring.Rounding;
import id.livinglab.scoring.Score;
import id.livinglab.scoring.Scorer;
import id.livinglab.support.Csv;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The scoring benchmark ({@code ./mvnw -q -Pbench -pl domain,ejb verify}): (1) scores 100,000
 * random level vectors on SPBE 2020 and Pemdi 2026 and reports the time per vector; (2) recomputes
 * and stores the results of 629 instansi for a year from the database, against one plain JDBC read
 * of the same rows, and reports the ratio (goal ≤ 2×); (3) the same national recompute on the real
 * official levels of 2021 and 2022 (517 + 554 instansi × 47, shipped), checking every index against
 * the file's. The database is an in-memory H2 unless {@code -Dbench.jdbc=jdbc:postgresql://…} names
 * another. Timings are printed, never asserted.
 */
public final class ScoringBenchmark {

  private static final int VECTORS = 100_000;
  private static final int INSTANSI = 629;
  private static final int ROUNDS = 15;
  private static final int WARMUP = 5;

  private ScoringBenchmark() {}

  public static void main(String[] args) throws Exception {
    scoreRandomVectors("spbe-2020", 1);
    scoreRandomVectors("pemdi-2026", 100);
    FrameworkVersion spbe2020 = FrameworkFiles.read(FrameworkFiles.shipped("spbe-2020"));
    recomputeFromDatabase("629 random instansi", randomLevels(indicatorCodes(spbe2020)), null);
    Map<String, Map<String, BigDecimal>> real = new LinkedHashMap<>();
    Map<String, BigDecimal> published = new HashMap<>();
    for (Csv.Row row : ShippedFiles.csv("spbe/indicator-levels-2021-2022.csv")) {
      String key = row.get("year") + "/" + row.get("instansi_code");
      Map<String, BigDecimal> levels = new HashMap<>(64);
      for (String indicator : indicatorCodes(spbe2020)) {
        levels.put(indicator, new BigDecimal(row.get("i" + indicator)));
      }
      real.put(key, levels);
      published.put(key, new BigDecimal(row.get("indeks_rounded")));
    }
    recomputeFromDatabase("2021 + 2022 official levels", real, published);
  }

  private static Map<String, Map<String, BigDecimal>> randomLevels(List<String> indicators) {
    Random random = new Random(59);
    Map<String, Map<String, BigDecimal>> out = new LinkedHashMap<>();
    for (int i = 0; i < INSTANSI; i++) {
      Map<String, BigDecimal> levels = new HashMap<>(64);
      for (String indicator : indicators) {
        levels.put(indicator, BigDecimal.valueOf(1 + random.nextInt(5)));
      }
      out.put(String.format("B-%04d", i), levels);
    }
    return out;
  }

  /** Scores random vectors; {@code scale} 1 draws whole levels, 100 draws 1.00–5.00. */
  private static void scoreRandomVectors(String code, int scale) {
    FrameworkVersion framework = FrameworkFiles.read(FrameworkFiles.shipped(code));
    Scorer scorer = new Scorer(framework);
    List<String> indicators = indicatorCodes(framework);
    Random random = new Random(2026);
    List<Map<String, BigDecimal>> vectors = new ArrayList<>(VECTORS);
    for (int v = 0; v < VECTORS; v++) {
      Map<String, BigDecimal> levels = new HashMap<>();
      for (String indicator : indicators) {
        int units = scale == 1 ? 1 + random.nextInt(5) : 100 + random.nextInt(401);
        levels.put(indicator, BigDecimal.valueOf(units, scale == 1 ? 0 : 2));
      }
      vectors.add(levels);
    }
    long[] perVectorNanos = new long[ROUNDS];
    BigDecimal checksum = BigDecimal.ZERO;
    for (int round = 0; round < WARMUP + ROUNDS; round++) {
      long start = System.nanoTime();
      for (Map<String, BigDecimal> levels : vectors) {
        Score score = scorer.score(levels);
        checksum = checksum.add(Rounding.display(score.index()));
        Grading.grade(framework, GradingBasis.EXACT, score.index());
      }
      if (round >= WARMUP) {
        perVectorNanos[round - WARMUP] = (System.nanoTime() - start) / VECTORS;
      }
    }
    Arrays.sort(perVectorNanos);
    System.out.printf(
        "score %s: %,d random vectors, median %.1f µs per vector (best %.1f, worst %.1f),"
            + " checksum %s%n",
        code,
        VECTORS,
        perVectorNanos[ROUNDS / 2] / 1000.0,
        perVectorNanos[0] / 1000.0,
        perVectorNanos[ROUNDS - 1] / 1000.0,
        checksum);
  }

  /**
   * @param expected each key's published index (rounded), checked after every round; null for
   *     random levels
   */
  private static void recomputeFromDatabase(
      String what, Map<String, Map<String, BigDecimal>> vectors, Map<String, BigDecimal> expected)
      throws SQLException {
    String url = System.getProperty("bench.jdbc", "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
    FrameworkVersion framework = FrameworkFiles.read(FrameworkFiles.shipped("spbe-2020"));
    Scorer scorer = new Scorer(framework);
    try (Connection db =
        DriverManager.getConnection(
            url,
            System.getProperty("bench.user", "sa"),
            System.getProperty("bench.password", ""))) {
      fill(db, vectors);
      int levelRows = vectors.values().stream().mapToInt(Map::size).sum();
      long[] read = new long[ROUNDS];
      long[] recompute = new long[ROUNDS];
      for (int round = 0; round < WARMUP + ROUNDS; round++) {
        long start = System.nanoTime();
        int rows = plainRead(db);
        long middle = System.nanoTime();
        int stored = recomputeAndStore(db, scorer, framework);
        long end = System.nanoTime();
        if (rows != levelRows || stored != vectors.size()) {
          throw new IllegalStateException(rows + " rows read, " + stored + " results stored");
        }
        if (expected != null) {
          check(db, expected);
        }
        if (round >= WARMUP) {
          read[round - WARMUP] = middle - start;
          recompute[round - WARMUP] = end - middle;
        }
      }
      Arrays.sort(read);
      Arrays.sort(recompute);
      double readMs = read[ROUNDS / 2] / 1e6;
      double recomputeMs = recompute[ROUNDS / 2] / 1e6;
      System.out.printf(
          "recompute %s, %d × 47 levels (%s): plain JDBC read %.1f ms, read + score + store"
              + " %.1f ms, ratio %.2f× (goal ≤ 2×)%s%n",
          what,
          vectors.size(),
          db.getMetaData().getDatabaseProductName(),
          readMs,
          recomputeMs,
          recomputeMs / readMs,
          expected == null ? "" : "; every index equals the published one");
    }
  }

  /** Every stored index equals the published one: a benchmark of wrong answers measures nothing. */
  private static void check(Connection db, Map<String, BigDecimal> expected) throws SQLException {
    try (PreparedStatement q =
            db.prepareStatement("SELECT instansi_code, index_value FROM bench_result");
        ResultSet rs = q.executeQuery()) {
      int n = 0;
      while (rs.next()) {
        BigDecimal want = expected.get(rs.getString(1));
        if (want == null || want.compareTo(rs.getBigDecimal(2)) != 0) {
          throw new IllegalStateException(rs.getString(1) + ": " + rs.getBigDecimal(2));
        }
        n++;
      }
      if (n != expected.size()) {
        throw new IllegalStateException(n + " results, expected " + expected.size());
      }
    }
    db.commit();
  }

  private static void fill(Connection db, Map<String, Map<String, BigDecimal>> vectors)
      throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("DROP TABLE IF EXISTS bench_level");
      s.execute("DROP TABLE IF EXISTS bench_result");
      s.execute(
          "CREATE TABLE bench_level (instansi_code VARCHAR(13) NOT NULL, indicator_code"
              + " VARCHAR(20) NOT NULL, level_value NUMERIC(6,2) NOT NULL)");
      s.execute("CREATE INDEX ix_bench_level ON bench_level (instansi_code)");
      s.execute(
          "CREATE TABLE bench_result (instansi_code VARCHAR(13) NOT NULL, index_exact"
              + " VARCHAR(60) NOT NULL, index_value NUMERIC(6,2) NOT NULL, predicate VARCHAR(60))");
    }
    db.setAutoCommit(false);
    try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench_level VALUES (?,?,?)")) {
      for (Map.Entry<String, Map<String, BigDecimal>> v : vectors.entrySet()) {
        for (Map.Entry<String, BigDecimal> level : v.getValue().entrySet()) {
          insert.setString(1, v.getKey());
          insert.setString(2, level.getKey());
          insert.setBigDecimal(3, level.getValue());
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
    db.commit();
  }

  private static final String READ =
      "SELECT instansi_code, indicator_code, level_value FROM bench_level ORDER BY instansi_code";

  /** The floor: one plain read of every level row, values taken out and nothing else. */
  private static int plainRead(Connection db) throws SQLException {
    int rows = 0;
    try (PreparedStatement q = db.prepareStatement(READ);
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        rs.getString(1);
        rs.getString(2);
        rs.getBigDecimal(3);
        rows++;
      }
    }
    db.commit();
    return rows;
  }

  /** The work: the same read, each instansi scored and graded, results replaced in one batch. */
  private static int recomputeAndStore(Connection db, Scorer scorer, FrameworkVersion framework)
      throws SQLException {
    Map<String, Map<String, BigDecimal>> byInstansi = new LinkedHashMap<>();
    try (PreparedStatement q = db.prepareStatement(READ);
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        byInstansi
            .computeIfAbsent(rs.getString(1), k -> new HashMap<>(64))
            .put(rs.getString(2), rs.getBigDecimal(3));
      }
    }
    try (Statement delete = db.createStatement();
        PreparedStatement insert =
            db.prepareStatement("INSERT INTO bench_result VALUES (?,?,?,?)")) {
      delete.execute("DELETE FROM bench_result");
      for (Map.Entry<String, Map<String, BigDecimal>> e : byInstansi.entrySet()) {
        Score score = scorer.score(e.getValue());
        insert.setString(1, e.getKey());
        insert.setString(2, score.index().toPlainString());
        insert.setBigDecimal(3, Rounding.display(score.index()));
        insert.setString(
            4, Grading.grade(framework, GradingBasis.EXACT, score.index()).getNameId());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    db.commit();
    return byInstansi.size();
  }

  private static List<String> indicatorCodes(FrameworkVersion framework) {
    return framework.nodesOfKind(NodeKind.INDICATOR).stream().map(FrameworkNode::getCode).toList();
  }
}
