package id.livinglab.benchmark;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The named peer groups (cohorts and administrators' groups). Public to read. */
@Stateless
@PermitAll
public class PeerGroups {

  @PersistenceContext private EntityManager em;

  public List<PeerGroup> all() {
    return em.createNamedQuery(PeerGroup.FIND_ALL, PeerGroup.class).getResultList();
  }
}
