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
import java.util.List;
import java.util.Optional;

/**
 * Adoptions between an adopter and the owner: who starts one, who moves it, what each move needs.
 * The rules are the domain's ({@link Adoption#checkStart}, {@link AdoptionParties}, {@link
 * AdoptionWorkflow}, {@link StageFacts}); this service finds the caller's side, checks the input,
 * takes the baseline and audits every change (who, when, from → to, note). Reads are {@link
 * AdoptionQueries}'.
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
    if (r.stage() == AdoptionStage.PERSIAPAN && !adoption.getFacts().hasBaseline()) {
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
