package id.livinglab.instansi;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Queries of the instansi register. The register is public, as the published reports are. */
@Stateless
@PermitAll
public class InstansiRegister {

  /** Longest search text accepted; longer input is cut, never an error. */
  public static final int MAX_QUERY_LENGTH = 100;

  @PersistenceContext private EntityManager em;

  public Optional<Instansi> find(String code) {
    if (code == null || code.length() > Instansi.CODE_LENGTH) {
      return Optional.empty();
    }
    // By primary key: served from the shared cache after the first read.
    return Optional.ofNullable(em.find(Instansi.class, code));
  }

  public Instansi get(String code) {
    return find(code).orElseThrow(() -> new InstansiNotFoundException(code));
  }

  /** Instansi whose name or short name contains {@code text}, case-insensitive, by name. */
  public List<Instansi> search(String text, int limit) {
    String q = text == null ? "" : text.strip();
    if (q.length() > MAX_QUERY_LENGTH) {
      q = q.substring(0, MAX_QUERY_LENGTH);
    }
    String escaped =
        q.toUpperCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return em.createNamedQuery(Instansi.SEARCH_BY_NAME, Instansi.class)
        .setParameter("pattern", "%" + escaped + "%")
        .setMaxResults(limit)
        .getResultList();
  }

  /** The 38 provinces, by code. */
  public List<Region> provinces() {
    return em.createNamedQuery(Region.FIND_PROVINCES, Region.class).getResultList();
  }

  public long count() {
    return em.createNamedQuery(Instansi.COUNT, Long.class).getSingleResult();
  }

  public long regionCount() {
    return em.createNamedQuery(Region.COUNT, Long.class).getSingleResult();
  }
}
