package id.livinglab.practice;

import id.livinglab.security.Caller;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The adoption (replikasi) of a practice by an adopter instansi, possibly from another adopter (its
 * parent: a variant). Its stage changes only through {@link #move}, which asks {@link
 * AdoptionWorkflow}, so pages, services and the REST face obey one rule. Every move is kept as an
 * {@link AdoptionStep}; an adoption recorded from public reports is "dilaporkan", never verified.
 */
@Entity
@Table(name = "adoption")
// Lists of adoptions read their steps in one statement per list (IN batches), not one per adoption.
@NamedQuery(
    name = Adoption.FIND_ALL,
    query = "select a from Adoption a order by a.practiceId, a.id",
    hints = {
      @QueryHint(name = "eclipselink.batch.type", value = "IN"),
      @QueryHint(name = "eclipselink.batch", value = "a.steps")
    })
@NamedQuery(
    name = Adoption.FIND_ACTIVE,
    query =
        "select a from Adoption a where a.stage in (id.livinglab.practice.AdoptionStage.PERSIAPAN,"
            + " id.livinglab.practice.AdoptionStage.RENCANA,"
            + " id.livinglab.practice.AdoptionStage.UJI_COBA) and a.reported = 0")
@NamedQuery(
    name = Adoption.FIND_BY_PRACTICE,
    query = "select a from Adoption a where a.practiceId = :practice order by a.id",
    hints = {
      @QueryHint(name = "eclipselink.batch.type", value = "IN"),
      @QueryHint(name = "eclipselink.batch", value = "a.steps")
    })
@NamedQuery(
    name = Adoption.FIND_BY_INSTANSI,
    query =
        "select a from Adoption a where a.adopterCode = :code or a.ownerCode = :code"
            + " order by a.id",
    hints = {
      @QueryHint(name = "eclipselink.batch.type", value = "IN"),
      @QueryHint(name = "eclipselink.batch", value = "a.steps")
    })
public class Adoption {

  public static final String FIND_ALL = "Adoption.findAll";
  public static final String FIND_ACTIVE = "Adoption.findActive";

  /** Days without a move after which the adopter is reminded. */
  public static final int IDLE_DAYS = 60;

  public static final String FIND_BY_PRACTICE = "Adoption.findByPractice";
  public static final String FIND_BY_INSTANSI = "Adoption.findByInstansi";

  /** Why an adoption cannot start, or {@link #NONE}. */
  public enum StartRefusal {
    NONE,
    /** An instansi does not adopt its own practice. */
    OWN_PRACTICE,
    /** Only a published practice is adopted. */
    NOT_PUBLISHED,
    /** The adopter already has an adoption of the practice that is not stopped. */
    ALREADY_ADOPTING,
    /** A parent must be an adoption of the same practice that is in use. */
    PARENT_NOT_IN_USE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_seq")
  @SequenceGenerator(name = "practice_seq", sequenceName = "practice_seq", allocationSize = 50)
  private Long id;

  @Column(name = "practice_id", nullable = false)
  private Long practiceId;

  /** The practice's owner, kept here because the parties of every move are decided by it. */
  @Column(name = "owner_code", nullable = false, length = 13)
  private String ownerCode;

  @Column(name = "adopter_code", nullable = false, length = 13)
  private String adopterCode;

  @Column(name = "parent_id")
  private Long parentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AdoptionStage stage;

  /** 0/1: recorded from public reports before the platform ("dilaporkan"). */
  @Column(nullable = false)
  private int reported;

  /** What the adoption gathered on its way; never null once read (see {@link #getFacts()}). */
  @Embedded private AdoptionFacts facts = new AdoptionFacts();

  /** 0/1: an invented record for the demo walkthrough. */
  @Column(nullable = false)
  private int demo;

  /** The day the adopter was last reminded of an idle adoption. */
  @Column(name = "reminded_on")
  private LocalDate remindedOn;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "adoption_step", joinColumns = @JoinColumn(name = "adoption_id"))
  @OrderColumn(name = "seq_no")
  private List<AdoptionStep> steps = new ArrayList<>();

  @Version
  @Column(name = "version_no", nullable = false)
  private int version;

  protected Adoption() {}

  private Adoption(
      Practice practice, String adopterCode, Adoption parent, String by, LocalDateTime at) {
    this.practiceId = practice.getId();
    this.ownerCode = practice.getOwnerCode();
    this.adopterCode = adopterCode;
    this.parentId = parent == null ? null : parent.getId();
    this.createdBy = by;
    this.createdAt = at;
  }

  /**
   * Whether {@code adopterCode} may start adopting {@code practice}, given its existing adoptions
   * of the practice and the chosen parent (null for adopting from the owner).
   */
  public static StartRefusal checkStart(
      Practice practice, String adopterCode, List<Adoption> existing, Adoption parent) {
    if (practice.getOwnerCode().equals(adopterCode)) {
      return StartRefusal.OWN_PRACTICE;
    }
    if (!practice.isPublished()) {
      return StartRefusal.NOT_PUBLISHED;
    }
    boolean adopting =
        existing.stream()
            .anyMatch(
                a -> a.adopterCode.equals(adopterCode) && a.stage != AdoptionStage.DIHENTIKAN);
    if (adopting) {
      return StartRefusal.ALREADY_ADOPTING;
    }
    if (parent != null
        && (!Objects.equals(parent.practiceId, practice.getId()) || !parent.stage.inUse())) {
      return StartRefusal.PARENT_NOT_IN_USE;
    }
    return StartRefusal.NONE;
  }

  /** An adopter's interest ("Saya ingin mengadopsi"): the adoption starts in MINAT today. */
  public static Adoption interest(
      Practice practice, String adopterCode, Adoption parent, String by, LocalDateTime at) {
    Adoption a = new Adoption(practice, adopterCode, parent, by, at);
    a.stage = AdoptionStage.MINAT;
    a.steps.add(new AdoptionStep(null, AdoptionStage.MINAT, at.toLocalDate(), by, at, null, null));
    return a;
  }

  /**
   * A facilitator's record of an adoption that happened before the platform: it starts on the day
   * and at the stage the source reports (never verified), marked "dilaporkan".
   */
  public static Adoption reported(
      Practice practice,
      String adopterCode,
      Adoption parent,
      AdoptionStage stage,
      LocalDate on,
      String source,
      String note,
      String by,
      LocalDateTime at) {
    if (stage == AdoptionStage.TERVERIFIKASI || source == null) {
      throw new IllegalArgumentException("a report with its source, never a verification");
    }
    Adoption a = new Adoption(practice, adopterCode, parent, by, at);
    a.stage = stage;
    a.reported = 1;
    a.steps.add(new AdoptionStep(null, stage, on, by, at, note, source));
    return a;
  }

  /** A move that records nothing but its note: see the full form below. */
  public void move(
      AdoptionParty party,
      AdoptionStage to,
      String note,
      LocalDate on,
      String source,
      String by,
      LocalDateTime at) {
    move(party, to, note, on, source, StageFacts.none(), by, at);
  }

  /**
   * Moves the adoption to {@code to} for {@code party}, recording the stage's facts. A move with a
   * {@code source} records history (its {@code on} is the reported day); otherwise {@code on} is
   * today.
   *
   * @throws AdoptionRefusedException when the workflow does not allow it
   * @throws IllegalArgumentException naming the fact the stage needs, when it lacks it
   */
  public void move(
      AdoptionParty party,
      AdoptionStage to,
      String note,
      LocalDate on,
      String source,
      StageFacts facts,
      String by,
      LocalDateTime at) {
    boolean history = source != null;
    boolean hasNote = note != null && !note.isBlank();
    AdoptionWorkflow.Refusal refusal = AdoptionWorkflow.decide(stage, to, party, hasNote, history);
    if (refusal != AdoptionWorkflow.Refusal.NONE) {
      throw new AdoptionRefusedException(
          stage, to, refusal, AdoptionWorkflow.allowed(stage, party));
    }
    String missing = facts.missing(to, history);
    if (missing != null) {
      throw new IllegalArgumentException(missing);
    }
    steps.add(new AdoptionStep(stage, to, on, by, at, hasNote ? note : null, source));
    stage = to;
    if (history) {
      reported = 1;
    }
    getFacts().record(facts);
  }

  /**
   * Keeps the adopter's latest official result when it prepares, for the follow-up's "did it
   * work?". Null when the adopter has none.
   */
  public void takeBaseline(Integer year, BigDecimal index) {
    getFacts().baseline(year, index);
  }

  /**
   * Whether the adopter should be reminded today: its own stages (preparation, plan, trial) have
   * seen no move for {@link #IDLE_DAYS} days, and it was not reminded in the last {@link
   * #IDLE_DAYS} days (one reminder per idle stretch, not one a day). Reported history is never
   * reminded.
   */
  public boolean needsReminder(LocalDate today) {
    boolean ownStage =
        stage == AdoptionStage.PERSIAPAN
            || stage == AdoptionStage.RENCANA
            || stage == AdoptionStage.UJI_COBA;
    LocalDate idleFrom = lastMoveOn();
    if (remindedOn != null && remindedOn.isAfter(idleFrom)) {
      idleFrom = remindedOn;
    }
    return ownStage && !isReported() && !idleFrom.plusDays(IDLE_DAYS).isAfter(today);
  }

  public void markReminded(LocalDate on) {
    remindedOn = on;
  }

  /** Records what the adopter changed. */
  public void adapt(String note) {
    getFacts().adapt(note);
  }

  public void markDemo() {
    demo = 1;
  }

  /**
   * Whether {@code caller} (null: anonymous) may see it: everyone once the owner has confirmed; an
   * interest only the two instansi and the facilitators of {@link AdoptionParties}.
   */
  public boolean visibleTo(Caller caller) {
    if (!stage.isPrivate()) {
      return true;
    }
    if (caller == null) {
      return false;
    }
    String own = caller.instansiCode();
    return adopterCode.equals(own)
        || ownerCode.equals(own)
        || AdoptionParties.of(caller, ownerCode, adopterCode).isPresent();
  }

  /** Whether the platform issues {@code letter} for it now ({@link AdoptionLetter#refusal}). */
  public boolean issues(AdoptionLetter letter) {
    return letter.refusal(this) == null;
  }

  /** The day the adoption reached {@code s}, or null when it never did. */
  public LocalDate reachedOn(AdoptionStage s) {
    LocalDate on = null;
    for (AdoptionStep step : steps) {
      if (step.getTo() == s) {
        on = step.getReachedOn();
      }
    }
    return on;
  }

  /** The day of the latest move. */
  public LocalDate lastMoveOn() {
    return steps.get(steps.size() - 1).getReachedOn();
  }

  public Long getId() {
    return id;
  }

  public Long getPracticeId() {
    return practiceId;
  }

  public String getOwnerCode() {
    return ownerCode;
  }

  public String getAdopterCode() {
    return adopterCode;
  }

  public Long getParentId() {
    return parentId;
  }

  public AdoptionStage getStage() {
    return stage;
  }

  public boolean isReported() {
    return reported == 1;
  }

  /**
   * What the adoption gathered. EclipseLink may leave an embeddable whose columns are all null
   * unset when it reads a row; an adoption that has gathered nothing yet still answers.
   */
  public AdoptionFacts getFacts() {
    if (facts == null) {
      facts = new AdoptionFacts();
    }
    return facts;
  }

  public boolean isDemo() {
    return demo == 1;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public List<AdoptionStep> getSteps() {
    return Collections.unmodifiableList(steps);
  }

  public int getVersion() {
    return version;
  }
}
