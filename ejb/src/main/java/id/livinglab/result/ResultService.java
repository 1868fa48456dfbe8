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

  /** Every published result of one instansi with its node values, oldest first. */
  public List<PublishedResult> resultsOf(String instansiCode) {
    // The fetch join repeats a result once per node value; keep each result once.
    return em.createNamedQuery(PublishedResult.FIND_BY_INSTANSI, PublishedResult.class)
        .setParameter("code", instansiCode)
        .getResultStream()
        .distinct()
        .toList();
  }

  public long countForYear(int year) {
    return em.createNamedQuery(PublishedResult.COUNT_BY_YEAR, Long.class)
        .setParameter("year", year)
        .getSingleResult();
  }
}
