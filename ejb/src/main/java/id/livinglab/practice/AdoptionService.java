package id.livinglab.practice;

import id.livinglab.assessment.TextInput;
import id.livinglab.audit.AuditLog;
import id.livinglab.common.AccessDeniedException;
import id.livinglab.common.ConflictException;
import id.livinglab.common.InvalidInputException;
import id.livinglab.common.NotFoundException;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.result.PublishedResult;
import id.livinglab.security.Caller;
import id.livinglab.security.CallerService;
import id.livinglab.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Adoptions between an adopter and the owner: who starts one, who moves it, what each move needs.
 * The rules are the domain's ({@link Adoption#checkStart}, {@link AdoptionParties}, {@link
 * AdoptionWorkflow}, {@link StageFacts}); this service finds the caller's side, checks the input,
 * takes the baseline and audits every change (who, when, from → to, note).
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.KOORDINATOR})
public class AdoptionService {

  public static final LocalDate FIRST_HISTORY_DAY = LocalDate.of(2000, 1, 1);

  @PersistenceContext private EntityManager em;
  @EJB private CallerService callers;
  @EJB private InstansiRegister register;
  @EJB private AuditLog audit;
  @Inject private Clock clock;
  @Inject private Event<AdoptionsChanged> changes;
  @Inject private Event<AdoptionMoved> moves;

  /** A move's input as the caller gives it; blank texts are absent. */
  public record MoveRequest(
      AdoptionStage stage,
      String note,
      String date,
      String source,
      String problem,
      String resources,
      TransferMode mode,
      String evidence,
      String adaptation) {}

  /**
   * Starts an adoption of practice {@code practiceId} by {@code adopterCode}, learning from the
   * adoption {@code parentId} (null: from the owner). The adopter's coordinator expresses interest
   * (MINAT, today); a facilitator may do it for the adopter, and with a {@code date} and {@code
   * source} records an adoption that happened before the platform.
   */
  public Adoption start(
      long practiceId, String adopterCode, Long parentId, String date, String source) {
    Caller caller = caller();
    Practice practice = em.find(Practice.class, practiceId);
    if (practice == null || !practice.visibleTo(caller)) {
      throw new NotFoundException("error.practice.unknown", practiceId);
    }
    if (adopterCode == null || register.find(adopterCode).isEmpty()) {
      throw new InvalidInputException("adopter", "error.instansi.notFound", adopterCode);
    }
    AdoptionParty party =
        AdoptionParties.of(caller, practice.getOwnerCode(), adopterCode)
            .filter(p -> p != AdoptionParty.OWNER)
            .orElseThrow(() -> new AccessDeniedException("error.adoption.notYourSide"));
    List<Adoption> existing = of(practice);
    Adoption parent = parentId == null ? null : em.find(Adoption.class, parentId);
    if (parentId != null && parent == null) {
      throw new InvalidInputException("parent", "error.adoption.unknown", parentId);
    }
    Adoption.StartRefusal refusal = Adoption.checkStart(practice, adopterCode, existing, parent);
    if (refusal != Adoption.StartRefusal.NONE) {
      throw new ConflictException("error.adoption.start." + refusal.name(), adopterCode);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    Adoption adoption;
    if (date != null || source != null) {
      if (party != AdoptionParty.FACILITATOR) {
        throw new AccessDeniedException("error.adoption.historyFacilitator");
      }
      adoption =
          Adoption.reported(
              practice,
              adopterCode,
              parent,
              AdoptionStage.MINAT,
              day(date),
              source(source),
              null,
              caller.username(),
              now);
    } else {
      adoption = Adoption.interest(practice, adopterCode, parent, caller.username(), now);
    }
    em.persist(adoption);
    em.flush();
    audit.record(
        "adoption.start",
        "adoption/" + adoption.getId(),
        "practice/"
            + practiceId
            + " "
            + adopterCode
            + " -> MINAT"
            + (adoption.isReported() ? " (" + date + ", " + source + ")" : ""));
    changes.fire(new AdoptionsChanged(practiceId));
    if (!adoption.isReported()) {
      moves.fire(new AdoptionMoved(adoption.getId()));
    }
    return adoption;
  }

  /**
   * Moves adoption {@code id} as {@code r} asks.
   *
   * @throws MoveRefusedException (409) naming the allowed moves, when the workflow refuses
   */
  public Adoption move(long id, MoveRequest r) {
    Caller caller = caller();
    Adoption adoption = em.find(Adoption.class, id);
    if (adoption == null || !adoption.visibleTo(caller)) {
      throw new NotFoundException("error.adoption.unknown", id);
    }
    AdoptionParty party =
        AdoptionParties.of(caller, adoption.getOwnerCode(), adoption.getAdopterCode())
            .orElseThrow(() -> new AccessDeniedException("error.adoption.notYourSide"));
    if (r.stage() == null) {
      throw new InvalidInputException("stage", "error.adoption.stage");
    }
    boolean history = r.date() != null || r.source() != null;
    if (history && party != AdoptionParty.FACILITATOR) {
      throw new AccessDeniedException("error.adoption.historyFacilitator");
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate on = history ? day(r.date()) : today;
    StageFacts facts =
        new StageFacts(
            TextInput.optional("problem", r.problem(), StageFacts.TEXT_LENGTH),
            TextInput.optional("resources", r.resources(), StageFacts.TEXT_LENGTH),
            r.mode(),
            r.evidence() == null ? null : TextInput.url("evidence", r.evidence()));
    String note = TextInput.optional("note", r.note(), AdoptionStep.NOTE_LENGTH);
    String adaptation = TextInput.optional("adaptation", r.adaptation(), AdoptionStep.NOTE_LENGTH);
    AdoptionStage from = adoption.getStage();
    try {
      adoption.move(
          party,
          r.stage(),
          note,
          on,
          history ? source(r.source()) : null,
          facts,
          caller.username(),
          LocalDateTime.now(clock));
    } catch (AdoptionRefusedException e) {
      throw new MoveRefusedException(e, from, r.stage());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage(), "error.adoption.fact." + e.getMessage());
    }
    if (adaptation != null) {
      adoption.adapt(adaptation);
    }
    if (r.stage() == AdoptionStage.PERSIAPAN && adoption.getBaselineYear() == null) {
      latestResult(adoption.getAdopterCode())
          .ifPresent(res -> adoption.takeBaseline(res.getYear(), res.getIndex()));
    }
    audit.record(
        "adoption.move",
        "adoption/" + id,
        from
            + " -> "
            + r.stage()
            + (note == null ? "" : ": " + note)
            + (history ? " (" + on + ", " + r.source() + ")" : ""));
    changes.fire(new AdoptionsChanged(adoption.getPracticeId()));
    if (!history) {
      moves.fire(new AdoptionMoved(adoption.getId()));
    }
    return adoption;
  }

  /** An adoption as the caller may see it. */
  @PermitAll
  public Adoption get(long id) {
    Adoption adoption = em.find(Adoption.class, id);
    if (adoption == null || !adoption.visibleTo(callers.current().orElse(null))) {
      throw new NotFoundException("error.adoption.unknown", id);
    }
    return adoption;
  }

  /** What {@code code} adopted and what was adopted from it, as the caller may see it. */
  @PermitAll
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

  /** The moves the caller may make on {@code adoption} (none for a reader of neither side). */
  @PermitAll
  public List<AdoptionStage> allowedFor(Adoption adoption) {
    return callers
        .current()
        .flatMap(c -> AdoptionParties.of(c, adoption.getOwnerCode(), adoption.getAdopterCode()))
        .map(p -> AdoptionWorkflow.allowed(adoption.getStage(), p))
        .orElse(List.of());
  }

  /**
   * What waits for the caller's move: the adoptions of its instansi, on either side, whose next
   * forward move is its side's ({@link AdoptionWorkflow#awaiting}), oldest first. Facilitators act
   * on request and get no inbox of their own.
   */
  @PermitAll
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
  @PermitAll
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

  /** The practice an adoption is of. */
  @PermitAll
  public Practice practiceOf(Adoption adoption) {
    return em.find(Practice.class, adoption.getPracticeId());
  }

  private List<Adoption> of(Practice practice) {
    return em.createNamedQuery(Adoption.FIND_BY_PRACTICE, Adoption.class)
        .setParameter("practice", practice.getId())
        .getResultList();
  }

  private Optional<PublishedResult> latestResult(String code) {
    List<PublishedResult> all =
        em.createNamedQuery(PublishedResult.FIND_BY_INSTANSI, PublishedResult.class)
            .setParameter("code", code)
            .getResultList();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  private Caller caller() {
    return callers
        .current()
        .orElseThrow(() -> new AccessDeniedException("error.adoption.notYourSide"));
  }

  /** A history day: an ISO date from 2000 to today. */
  private LocalDate day(String date) {
    if (date == null) {
      throw new InvalidInputException("date", "error.adoption.historyNeedsDate");
    }
    try {
      LocalDate d = LocalDate.parse(date.strip());
      if (!d.isBefore(FIRST_HISTORY_DAY) && !d.isAfter(LocalDate.now(clock))) {
        return d;
      }
    } catch (java.time.format.DateTimeParseException e) {
      // refused below
    }
    throw new InvalidInputException("date", "error.adoption.date", date);
  }

  private static String source(String source) {
    if (source == null) {
      throw new InvalidInputException("source", "error.adoption.historyNeedsSource");
    }
    return TextInput.url("source", source);
  }
}
