package id.livinglab.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The history migration (V8) on a database of the release before it: every stored result is kept,
 * and each gets the source it came from (a finalisation on the platform, the shipped 2023 report,
 * or else the administrator's import). On H2, with the project's migrations as shipped.
 */
class HistoryMigrationTest {

  private static final String URL = "jdbc:h2:mem:history-migration;DB_CLOSE_DELAY=-1";

  @Test
  void storedResultsAreKeptAndNamedByWhereTheyCameFrom() throws Exception {
    Flyway.configure().dataSource(URL, "sa", "").target("7").load().migrate();
    try (Connection db = DriverManager.getConnection(URL, "sa", "");
        Statement s = db.createStatement()) {
      s.execute("INSERT INTO region (code, name) VALUES ('32', 'Jawa Barat')");
      s.execute(
          "INSERT INTO instansi (code, name, kind, province_code) VALUES"
              + " ('32.11', 'Pemerintah Kab. Sumedang', 'KABUPATEN', '32'),"
              + " ('32.05', 'Pemerintah Kab. Garut', 'KABUPATEN', '32')");
      s.execute(
          "INSERT INTO framework_version (code, name_id, level_min, level_max, level_step,"
              + " band_boundary) VALUES ('spbe-2020', 'SPBE 2020', 1, 5, 1, 'UPPER_OPENS')");
      s.execute(
          "INSERT INTO evaluation_period (id, period_year, framework_code, grading_basis, stage,"
              + " version_no) VALUES (50, 2025, 'spbe-2020', 'EXACT', 'FINALISASI', 1)");
      s.execute(
          "INSERT INTO assessment (id, period_id, instansi_code, status, version_no)"
              + " VALUES (50, 50, '32.11', 'FINALISED', 1)");
      s.execute(
          "INSERT INTO published_result (id, result_year, instansi_code, index_value, predicate)"
              + " VALUES (1, 2023, '32.11', 4.14, 'Sangat Baik'),"
              + " (2, 2025, '32.11', 3.00, 'Baik'), (3, 2024, '32.05', 3.30, 'Baik')");
      s.execute(
          "INSERT INTO published_result_value (result_id, node_code, node_value)"
              + " VALUES (1, 'D1', 5.00)");
    }

    Flyway.configure().dataSource(URL, "sa", "").load().migrate();

    try (Connection db = DriverManager.getConnection(URL, "sa", "");
        Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, source_code, result_mode, carried_forward, index_value"
                    + " FROM published_result ORDER BY id")) {
      Map<Integer, String> rows = new LinkedHashMap<>();
      while (rs.next()) {
        rows.put(
            rs.getInt(1),
            rs.getString(2)
                + " "
                + rs.getString(3)
                + " "
                + rs.getInt(4)
                + " "
                + rs.getBigDecimal(5));
      }
      assertEquals(
          Map.of(
              1, "K2023 EVALUATED 0 4.14",
              2, "LL EVALUATED 0 3.00",
              3, "IMPORT EVALUATED 0 3.30"),
          rows);
      try (ResultSet values = s.executeQuery("SELECT count(*) FROM published_result_value")) {
        values.next();
        assertEquals(1, values.getInt(1));
      }
    }
  }
}
