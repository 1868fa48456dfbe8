package id.livinglab.result;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Queries of official results. Published results are public. */
@Stateless
@PermitAll
public class ResultService {

  @PersistenceContext private EntityManager em;

  /** The national index series, oldest first. */
  public List<NationalIndex> nationalSeries() {
    return em.createNamedQuery(NationalIndex.FIND_ALL, NationalIndex.class).getResultList();
  }

  /** Every published result of a year with its node values, by instansi code. */
  public List<PublishedResult> resultsOf(int year) {
    List<PublishedResult> results =
        em.createNamedQuery(PublishedResult.FIND_BY_YEAR, PublishedResult.class)
            .setParameter("year", year)
            .setHint("eclipselink.batch", "r.nodeValues")
            .setHint("eclipselink.batch.type", "IN")
            .getResultList();
    results.forEach(r -> r.getNodeValues().size());
    return results;
  }

  /** Years with at least one published result, newest first. */
  public List<Integer> yearsWithResults() {
    return em.createNamedQuery(PublishedResult.FIND_YEARS, Integer.class).getResultList();
  }

  public long countForYear(int year) {
    return em.createNamedQuery(PublishedResult.COUNT_BY_YEAR, Long.class)
        .setParameter("year", year)
        .getSingleResult();
  }
}
