package id.livinglab.practice;

import id.livinglab.security.Caller;
import id.livinglab.security.Role;
import id.livinglab.support.LocalText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A good practice (praktik baik) of an owner instansi that others may adopt. A draft is private to
 * the owner instansi until a curator publishes it; the owner re-confirms it at least yearly (see
 * {@link Freshness}). The practice guards its own moves: only a draft is published, and its
 * collections change through its methods.
 */
@Entity
@Table(name = "practice")
// Every list of practices reads the three collections in one statement each (IN batches), not
// three per practice: the catalogue's cost must not grow with the number of practices.
@NamedQuery(
    name = Practice.FIND_ALL,
    query = "select p from Practice p order by p.id",
    hints = {
      @QueryHint(name = "eclipselink.batch.type", value = "IN"),
      @QueryHint(name = "eclipselink.batch", value = "p.categories"),
      @QueryHint(name = "eclipselink.batch", value = "p.sources"),
      @QueryHint(name = "eclipselink.batch", value = "p.indicators")
    })
@NamedQuery(name = Practice.FIND_BY_CODE, query = "select p from Practice p where p.code = :code")
public class Practice {

  public static final String FIND_ALL = "Practice.findAll";
  public static final String FIND_BY_CODE = "Practice.findByCode";
  public static final int CODE_LENGTH = 60;
  public static final int MAX_INDICATORS = 20;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_seq")
  @SequenceGenerator(name = "practice_seq", sequenceName = "practice_seq", allocationSize = 50)
  private Long id;

  /** A stable readable key (the shipped practices are found by it on a later start). */
  @Column(nullable = false, unique = true, length = CODE_LENGTH)
  private String code;

  @Column(name = "owner_code", nullable = false, length = 13)
  private String ownerCode;

  @Column(nullable = false, length = PracticeDetails.TITLE_LENGTH)
  private String title;

  @Column(name = "summary_id", length = PracticeDetails.SUMMARY_LENGTH)
  private String summaryId;

  @Column(name = "summary_en", length = PracticeDetails.SUMMARY_LENGTH)
  private String summaryEn;

  @Column(name = "problem_id", length = PracticeDetails.PROBLEM_LENGTH)
  private String problemId;

  @Column(name = "problem_en", length = PracticeDetails.PROBLEM_LENGTH)
  private String problemEn;

  @Column(name = "how_it_works", length = PracticeDetails.LONG_TEXT_LENGTH)
  private String howItWorks;

  @Column(name = "results_text", length = PracticeDetails.LONG_TEXT_LENGTH)
  private String results;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Maturity maturity;

  @Enumerated(EnumType.STRING)
  @Column(name = "run_status", nullable = false, length = 20)
  private PracticeStatus status;

  @Column(name = "year_started")
  private Integer yearStarted;

  @Column(name = "demo_url", length = PracticeDetails.URL_LENGTH)
  private String demoUrl;

  @Column(name = "video_url", length = PracticeDetails.URL_LENGTH)
  private String videoUrl;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_code", length = 20)
  private SourceCode sourceCode;

  @Column(length = PracticeDetails.LICENCE_LENGTH)
  private String licence;

  @Column(length = PracticeDetails.LONG_TEXT_LENGTH)
  private String team;

  @Column(name = "note_id", length = PracticeDetails.PROBLEM_LENGTH)
  private String noteId;

  @Column(name = "note_en", length = PracticeDetails.PROBLEM_LENGTH)
  private String noteEn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Publication publication = Publication.DRAFT;

  @Column(name = "published_by", length = 64)
  private String publishedBy;

  @Column(name = "published_at")
  private LocalDateTime publishedAt;

  /** The owner's last confirmation that the record is current; null when it never confirmed. */
  @Column(name = "confirmed_on")
  private LocalDate confirmedOn;

  /** 0/1: an invented record for the demo walkthrough, marked as demo on every page. */
  @Column(nullable = false)
  private int demo;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "practice_category", joinColumns = @JoinColumn(name = "practice_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "category", length = 3)
  private Set<PracticeCategory> categories = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "practice_source", joinColumns = @JoinColumn(name = "practice_id"))
  @OrderColumn(name = "seq_no")
  @Column(name = "url", length = PracticeDetails.URL_LENGTH)
  private List<String> sources = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "practice_indicator", joinColumns = @JoinColumn(name = "practice_id"))
  @OrderColumn(name = "seq_no")
  private List<IndicatorLink> indicators = new ArrayList<>();

  @Version
  @Column(name = "version_no", nullable = false)
  private int version;

  protected Practice() {}

  /** A new draft of {@code ownerCode}. */
  public Practice(
      String code, String ownerCode, PracticeDetails details, String by, LocalDateTime at) {
    this.code = code;
    this.ownerCode = ownerCode;
    this.createdBy = by;
    this.createdAt = at;
    describe(details, by, at);
  }

  /** Replaces what the owner wrote. */
  public void describe(PracticeDetails d, String by, LocalDateTime at) {
    title = d.title();
    categories.clear();
    categories.addAll(d.categories());
    summaryId = d.summaryId();
    summaryEn = d.summaryEn();
    problemId = d.problemId();
    problemEn = d.problemEn();
    howItWorks = d.howItWorks();
    results = d.results();
    maturity = d.maturity() == null ? Maturity.PENERAPAN : d.maturity();
    status = d.status() == null ? PracticeStatus.BERJALAN : d.status();
    yearStarted = d.yearStarted();
    demoUrl = d.demoUrl();
    videoUrl = d.videoUrl();
    sourceCode = d.sourceCode();
    licence = d.licence();
    team = d.team();
    noteId = d.noteId();
    noteEn = d.noteEn();
    sources.clear();
    sources.addAll(d.sources());
    updatedBy = by;
    updatedAt = at;
  }

  /** Proposes (or re-proposes) the link for an indicator; a changed link needs approval again. */
  public void propose(IndicatorLink link) {
    indicators.remove(link);
    if (indicators.size() >= MAX_INDICATORS) {
      throw new IllegalStateException("at most " + MAX_INDICATORS + " indicators");
    }
    indicators.add(link);
  }

  /** A curator approves the proposed link for {@code key}; false when there is none. */
  public boolean approve(String key) {
    Optional<IndicatorLink> link = indicators.stream().filter(l -> l.key().equals(key)).findFirst();
    link.ifPresent(IndicatorLink::approve);
    return link.isPresent();
  }

  /**
   * A curator publishes the draft, approving the links proposed so far.
   *
   * @throws IllegalStateException when it is already published
   */
  public void publish(String by, LocalDateTime at) {
    publishCompiled(by, at);
    indicators.forEach(IndicatorLink::approve);
  }

  /**
   * Publishes a record compiled from public reports (the shipped practices): it is public as what
   * it is, but its links stay proposals, since neither the owner nor a curator wrote them.
   */
  public void publishCompiled(String by, LocalDateTime at) {
    if (publication != Publication.DRAFT) {
      throw new IllegalStateException("only a draft is published");
    }
    publication = Publication.PUBLISHED;
    publishedBy = by;
    publishedAt = at;
  }

  /** The owner confirms that the record is current. */
  public void confirm(LocalDate on, String by, LocalDateTime at) {
    confirmedOn = on;
    updatedBy = by;
    updatedAt = at;
  }

  /** Marks an invented record for the demo walkthrough. */
  public void markDemo() {
    demo = 1;
  }

  /** Whether {@code caller} (null: anonymous) may see the practice: drafts only its owner. */
  public boolean visibleTo(Caller caller) {
    if (isPublished()) {
      return true;
    }
    return caller != null && (caller.has(Role.ADMIN) || ownerCode.equals(caller.instansiCode()));
  }

  /** Whether {@code caller} may revise it: the owner's coordinator, or a curator. */
  public boolean editableBy(Caller caller) {
    return caller != null
        && (caller.has(Role.ADMIN)
            || caller.has(Role.KOORDINATOR) && ownerCode.equals(caller.instansiCode()));
  }

  /**
   * Whether {@code caller} may publish it: the national administrator, or the coordinator of the
   * owner's province (a kabupaten/kota code starts with the province's).
   */
  public boolean publishableBy(Caller caller) {
    if (caller == null) {
      return false;
    }
    if (caller.has(Role.ADMIN)) {
      return true;
    }
    String own = caller.instansiCode();
    return caller.has(Role.KOORDINATOR)
        && own != null
        && own.matches("\\d{2}")
        && ownerCode.startsWith(own + ".");
  }

  public Freshness freshness(LocalDate today) {
    return Freshness.of(confirmedOn, today);
  }

  public boolean isPublished() {
    return publication == Publication.PUBLISHED;
  }

  public String summary(Locale locale) {
    return LocalText.pick(locale, summaryId, summaryEn);
  }

  public String problem(Locale locale) {
    return LocalText.pick(locale, problemId, problemEn);
  }

  public String note(Locale locale) {
    return LocalText.pick(locale, noteId, noteEn);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getOwnerCode() {
    return ownerCode;
  }

  public String getTitle() {
    return title;
  }

  public String getSummaryId() {
    return summaryId;
  }

  public String getSummaryEn() {
    return summaryEn;
  }

  public String getProblemId() {
    return problemId;
  }

  public String getProblemEn() {
    return problemEn;
  }

  public String getHowItWorks() {
    return howItWorks;
  }

  public String getResults() {
    return results;
  }

  public Maturity getMaturity() {
    return maturity;
  }

  public PracticeStatus getStatus() {
    return status;
  }

  public Integer getYearStarted() {
    return yearStarted;
  }

  public String getDemoUrl() {
    return demoUrl;
  }

  public String getVideoUrl() {
    return videoUrl;
  }

  public SourceCode getSourceCode() {
    return sourceCode;
  }

  public String getLicence() {
    return licence;
  }

  public String getTeam() {
    return team;
  }

  public String getNoteId() {
    return noteId;
  }

  public String getNoteEn() {
    return noteEn;
  }

  public Publication getPublication() {
    return publication;
  }

  public LocalDateTime getPublishedAt() {
    return publishedAt;
  }

  public LocalDate getConfirmedOn() {
    return confirmedOn;
  }

  public boolean isDemo() {
    return demo == 1;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public Set<PracticeCategory> getCategories() {
    return Collections.unmodifiableSet(new TreeSet<>(categories));
  }

  public List<String> getSources() {
    return Collections.unmodifiableList(sources);
  }

  public List<IndicatorLink> getIndicators() {
    return Collections.unmodifiableList(indicators);
  }

  public int getVersion() {
    return version;
  }
}
