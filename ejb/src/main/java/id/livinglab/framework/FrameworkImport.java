package id.livinglab.framework;

import id.livinglab.support.Csv;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Stores the framework versions and evaluation years shipped with the application. */
@Stateless
public class FrameworkImport {

  @PersistenceContext private EntityManager em;

  /**
   * Loads every shipped framework and year that the database lacks, and replaces a framework whose
   * shipped files changed (a corrected criterion, a new label); returns how many.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int loadShippedIfAbsent() {
    List<Csv.Row> years = shippedYears();
    Set<String> codes = new LinkedHashSet<>();
    years.forEach(y -> codes.add(y.get("framework")));
    int loaded = 0;
    for (String code : codes) {
      FrameworkVersion shipped = FrameworkFiles.read(FrameworkFiles.shipped(code));
      FrameworkVersion stored = em.find(FrameworkVersion.class, code);
      if (stored == null) {
        em.persist(shipped);
        loaded++;
      } else if (!shipped.getSourceHash().equals(stored.getSourceHash())) {
        stored.replaceWith(shipped);
        em.flush();
        stored.adoptNodes(shipped);
        loaded++;
      }
    }
    em.flush();
    for (Csv.Row y : years) {
      int year = Integer.parseInt(y.get("year"));
      if (em.find(EvaluationYear.class, year) == null) {
        em.persist(
            new EvaluationYear(
                year,
                em.find(FrameworkVersion.class, y.get("framework")),
                GradingBasis.valueOf(y.get("grading_basis"))));
      }
    }
    return loaded;
  }

  private static List<Csv.Row> shippedYears() {
    String path = FrameworkFiles.SHIPPED + "evaluation-years.csv";
    try (InputStream in = FrameworkImport.class.getResourceAsStream(path)) {
      return Csv.read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
