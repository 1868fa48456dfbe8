package id.livinglab.practice;

import id.livinglab.common.ConflictException;
import id.livinglab.common.NotFoundException;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.security.Caller;
import id.livinglab.security.CallerService;
import id.livinglab.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adoptions as a reader sees them: one adoption, the moves the caller may make on it, an instansi's
 * list, the inbox of what waits for its move, and its public summary. Read only; who sees what is
 * {@link Adoption#visibleTo}'s, what waits for whom {@link AdoptionWorkflow#awaiting}'s.
 */
@Stateless
@PermitAll
public class AdoptionQueries {

  @PersistenceContext private EntityManager em;
  @EJB private CallerService callers;
  @EJB private InstansiRegister register;

  /** What {@code code} adopted and what was adopted from it, as the caller may see it. */
  public List<Adoption> ofInstansi(String code) {
    if (code == null || register.find(code).isEmpty()) {
      throw new NotFoundException("error.instansi.notFound", code);
    }
    Caller caller = callers.current().orElse(null);
    return em.createNamedQuery(Adoption.FIND_BY_INSTANSI, Adoption.class)
        .setParameter("code", code)
        .getResultStream()
        .filter(a -> a.visibleTo(caller))
        .toList();
  }

  /**
   * What waits for the caller's move: the adoptions of its instansi, on either side, whose next
   * forward move is its side's ({@link AdoptionWorkflow#awaiting}), oldest first. Facilitators act
   * on request and get no inbox of their own.
   */
  public List<Adoption> inbox() {
    Caller caller = callers.current().orElse(null);
    if (caller == null || !caller.has(Role.KOORDINATOR) || caller.instansiCode() == null) {
      return List.of();
    }
    String own = caller.instansiCode();
    return em.createNamedQuery(Adoption.FIND_BY_INSTANSI, Adoption.class)
        .setParameter("code", own)
        .getResultStream()
        .filter(a -> !a.isReported())
        .filter(
            a -> {
              AdoptionParty side =
                  own.equals(a.getAdopterCode()) ? AdoptionParty.ADOPTER : AdoptionParty.OWNER;
              return side == AdoptionWorkflow.awaiting(a.getStage());
            })
        .toList();
  }

  /**
   * {@code code} in the exchange as the public sees it, the same for every reader (interests are
   * left out): for its public portrait.
   */
  public ExchangeSummary summary(String code) {
    // One statement whatever the instansi: the portrait's cost must not grow with its exchange.
    List<Object[]> rows =
        em.createQuery(
                "select p.id, p.title, p.ownerCode, p.publication, i.name, a.id, a.adopterCode,"
                    + " a.stage, a.reported from Practice p join Instansi i on i.code = p.ownerCode"
                    + " left join Adoption a on a.practiceId = p.id"
                    + " where p.ownerCode = :code or a.adopterCode = :code",
                Object[].class)
            .setParameter("code", code)
            .getResultList();
    Set<Long> practices = new HashSet<>();
    Set<String> adopters = new HashSet<>();
    List<ExchangeSummary.Adopted> adopted = new ArrayList<>();
    for (Object[] r : rows) {
      boolean published = r[3] == Publication.PUBLISHED;
      boolean own = code.equals(r[2]);
      if (own && published) {
        practices.add((Long) r[0]);
      }
      AdoptionStage stage = (AdoptionStage) r[7];
      // The portrait is public and cached: what an anonymous reader sees, the catalogue's count.
      if (r[5] == null || !published || !stage.counted()) {
        continue;
      }
      if (own) {
        adopters.add((String) r[6]);
      } else if (code.equals(r[6])) {
        adopted.add(
            new ExchangeSummary.Adopted(
                (Long) r[0], (String) r[1], (String) r[4], stage, ((Number) r[8]).intValue() == 1));
      }
    }
    return new ExchangeSummary(practices.size(), adopters.size(), adopted);
  }

  /** An adoption as the caller may see it. */
  public Adoption get(long id) {
    Adoption adoption = em.find(Adoption.class, id);
    if (adoption == null || !adoption.visibleTo(callers.current().orElse(null))) {
      throw new NotFoundException("error.adoption.unknown", id);
    }
    return adoption;
  }

  /**
   * Adoption {@code id} for {@code letter}, as the caller may see it.
   *
   * @throws ConflictException when the platform issues no such letter for it ({@link
   *     AdoptionLetter#refusal})
   */
  public Adoption forLetter(long id, AdoptionLetter letter) {
    Adoption adoption = get(id);
    String refusal = letter.refusal(adoption);
    if (refusal != null) {
      throw new ConflictException(refusal, adoption.getStage().name());
    }
    return adoption;
  }

  /** The moves the caller may make on {@code adoption} (none for a reader of neither side). */
  public List<AdoptionStage> allowedFor(Adoption adoption) {
    return callers
        .current()
        .flatMap(c -> AdoptionParties.of(c, adoption.getOwnerCode(), adoption.getAdopterCode()))
        .map(p -> AdoptionWorkflow.allowed(adoption.getStage(), p))
        .orElse(List.of());
  }

  /** The practice an adoption is of. */
  public Practice practiceOf(Adoption adoption) {
    return em.find(Practice.class, adoption.getPracticeId());
  }
}
