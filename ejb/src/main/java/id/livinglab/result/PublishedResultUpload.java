package id.livinglab.result;

import id.livinglab.audit.AuditLog;
import id.livinglab.common.InvalidInputException;
import id.livinglab.framework.FrameworkCatalogue;
import id.livinglab.instansi.Instansi;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.security.Role;
import id.livinglab.support.Csv;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.TreeSet;

/**
 * Imports a file of published results or of official indicator levels (national administrator
 * only). The whole file is checked first; one problem anywhere stores nothing. Otherwise each year
 * in the file has its published results replaced in one transaction, with an audit entry.
 */
@Stateless
public class PublishedResultUpload {

  @PersistenceContext private EntityManager em;
  @EJB private FrameworkCatalogue catalogue;
  @EJB private InstansiRegister register;
  @EJB private AuditLog audit;
  @Inject private Event<ResultsChanged> changes;

  @RolesAllowed(Role.Names.ADMIN)
  public ImportReport upload(Reader csv) {
    List<Csv.Row> rows;
    try {
      rows = Csv.read(csv);
    } catch (Csv.MalformedCsvException e) {
      throw new InvalidInputException("file", "import.malformed", e.line(), e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A file of indicator levels (i1…i47) or of published aggregates (d1…d4): the same
    // all-or-nothing rules, each kind checked by its own rule.
    var outcome =
        LevelFileCheck.isLevelFile(rows)
            ? new LevelFileCheck(catalogue::findYear, code -> register.find(code).isPresent())
                .check(rows)
            : new ResultFileCheck(catalogue::findYear, code -> register.find(code).isPresent())
                .check(rows);
    if (!outcome.accepted()) {
      throw new ImportRejectedException(outcome.problems(), outcome.problemCount());
    }
    TreeSet<Integer> years = new TreeSet<>();
    outcome.rows().forEach(r -> years.add(r.year()));
    int replaced = 0;
    for (int year : years) {
      List<PublishedResult> old =
          em.createNamedQuery(PublishedResult.FIND_BY_YEAR, PublishedResult.class)
              .setParameter("year", year)
              .getResultList();
      old.forEach(em::remove);
      replaced += old.size();
    }
    em.flush();
    for (ResultRow row : outcome.rows()) {
      PublishedResult result =
          new PublishedResult(
              row.year(),
              em.getReference(Instansi.class, row.instansiCode()),
              row.index(),
              row.predicate(),
              em.getReference(ResultSource.class, ResultSource.IMPORTED));
      result.getNodeValues().putAll(row.nodeValues());
      result.getLevels().putAll(row.levels());
      em.persist(result);
    }
    for (int year : years) {
      long count = outcome.rows().stream().filter(r -> r.year() == year).count();
      audit.record("results.import", "results/" + year, count + " published results imported");
      changes.fire(new ResultsChanged(year));
    }
    return new ImportReport(List.copyOf(years), outcome.rows().size(), replaced);
  }
}
