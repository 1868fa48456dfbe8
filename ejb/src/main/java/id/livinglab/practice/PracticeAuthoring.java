package id.livinglab.practice;

import id.livinglab.assessment.TextInput;
import id.livinglab.audit.AuditLog;
import id.livinglab.common.AccessDeniedException;
import id.livinglab.common.ConflictException;
import id.livinglab.common.EnumInput;
import id.livinglab.common.InvalidInputException;
import id.livinglab.common.NotFoundException;
import id.livinglab.framework.FrameworkCatalogue;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.NodeKind;
import id.livinglab.instansi.InstansiRegister;
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
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Owners write their practices, curators publish them. The owner's coordinator drafts and revises
 * (a draft is private to its instansi), proposes the indicators it raises and re-confirms the
 * record yearly; the national administrator, or the coordinator of the owner's province, publishes
 * and approves links. Who may do what is the practice's own answer ({@link Practice#editableBy},
 * {@link Practice#publishableBy}); every change is audited.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.KOORDINATOR})
public class PracticeAuthoring {

  /** What an owner writes, as texts from a form or a JSON body. */
  public record Draft(
      String title,
      List<String> categories,
      String summary,
      String summaryEn,
      String problem,
      String problemEn,
      String howItWorks,
      String results,
      String maturity,
      String status,
      Integer yearStarted,
      String demoUrl,
      String videoUrl,
      String sourceCode,
      String licence,
      String team,
      List<String> sources) {}

  @PersistenceContext private EntityManager em;
  @EJB private CallerService callers;
  @EJB private InstansiRegister register;
  @EJB private FrameworkCatalogue frameworks;
  @EJB private AuditLog audit;
  @Inject private Clock clock;
  @Inject private Event<AdoptionsChanged> changes;

  /** A new draft of {@code ownerCode}, by its coordinator or a curator. */
  public Practice create(String ownerCode, Draft d) {
    Caller caller = caller();
    if (ownerCode == null || register.find(ownerCode).isEmpty()) {
      throw new InvalidInputException("owner", "error.instansi.notFound", ownerCode);
    }
    boolean own = caller.has(Role.KOORDINATOR) && ownerCode.equals(caller.instansiCode());
    if (!own && !caller.has(Role.ADMIN)) {
      throw new AccessDeniedException("error.practice.notOwner", ownerCode);
    }
    PracticeDetails details = details(d);
    Practice p = new Practice(code(details.title()), ownerCode, details, caller.username(), now());
    em.persist(p);
    em.flush();
    audit.record("practice.create", "practice/" + p.getId(), ownerCode + " " + p.getTitle());
    return p;
  }

  /** Replaces what the owner wrote. */
  public Practice update(long id, Draft d) {
    Practice p = editable(id);
    PracticeDetails details = details(d);
    String before = p.getTitle();
    p.describe(details, caller().username(), now());
    audit.record("practice.update", "practice/" + id, before + " -> " + p.getTitle());
    changes.fire(new AdoptionsChanged(id));
    return p;
  }

  /** The owner proposes that the practice raises an indicator from one level to another. */
  public Practice propose(
      long id, String framework, String indicator, BigDecimal from, BigDecimal to, String reason) {
    Practice p = editable(id);
    FrameworkVersion f =
        frameworks
            .findFramework(framework == null ? "" : framework)
            .orElseThrow(
                () -> new InvalidInputException("framework", "error.framework.unknown", framework));
    FrameworkNode node =
        f.findNode(indicator == null ? "" : indicator)
            .filter(n -> n.getKind() == NodeKind.INDICATOR)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "indicator", "error.practice.indicator", framework + ":" + indicator));
    TextInput.level("from", from, f);
    TextInput.level("to", to, f);
    if (from.compareTo(to) >= 0) {
      throw new InvalidInputException("to", "error.practice.raise");
    }
    if (p.getIndicators().size() >= Practice.MAX_INDICATORS
        && p.getIndicators().stream().noneMatch(l -> l.key().equals(framework + ":" + indicator))) {
      throw new InvalidInputException(
          "indicator", "error.practice.tooManyIndicators", Practice.MAX_INDICATORS);
    }
    p.propose(
        new IndicatorLink(
            f.getCode(),
            node.getCode(),
            from,
            to,
            TextInput.optional("reason", reason, IndicatorLink.REASON_LENGTH)));
    audit.record(
        "practice.propose",
        "practice/" + id,
        framework + ":" + indicator + " " + from.toPlainString() + " -> " + to.toPlainString());
    return p;
  }

  /** A curator publishes a draft, approving its proposed links. */
  public Practice publish(long id) {
    Caller caller = caller();
    Practice p = visible(id, caller);
    if (!p.publishableBy(caller)) {
      throw new AccessDeniedException("error.practice.notCurator");
    }
    if (p.isPublished()) {
      throw new ConflictException("error.practice.published", p.getTitle());
    }
    p.publish(caller.username(), now());
    audit.record("practice.publish", "practice/" + id, p.getTitle());
    changes.fire(new AdoptionsChanged(id));
    return p;
  }

  /** A curator approves a link proposed after publication. */
  public Practice approve(long id, String key) {
    Caller caller = caller();
    Practice p = visible(id, caller);
    if (!p.publishableBy(caller)) {
      throw new AccessDeniedException("error.practice.notCurator");
    }
    if (!p.approve(key == null ? "" : key)) {
      throw new InvalidInputException("indicator", "error.practice.indicator", key);
    }
    audit.record("practice.approve", "practice/" + id, key);
    return p;
  }

  /** The owner confirms that its record is current ("perlu pemutakhiran" goes away). */
  public Practice confirm(long id) {
    Practice p = editable(id);
    LocalDate today = LocalDate.now(clock);
    p.confirm(today, caller().username(), now());
    audit.record("practice.confirm", "practice/" + id, today.toString());
    return p;
  }

  private Practice editable(long id) {
    Caller caller = caller();
    Practice p = visible(id, caller);
    if (!p.editableBy(caller)) {
      throw new AccessDeniedException("error.practice.notOwner", p.getOwnerCode());
    }
    return p;
  }

  private Practice visible(long id, Caller caller) {
    Practice p = em.find(Practice.class, id);
    if (p == null || !p.visibleTo(caller)) {
      throw new NotFoundException("error.practice.unknown", id);
    }
    return p;
  }

  private PracticeDetails details(Draft d) {
    String title = TextInput.required("title", d.title(), PracticeDetails.TITLE_LENGTH);
    Set<PracticeCategory> categories = EnumSet.noneOf(PracticeCategory.class);
    for (String c : d.categories() == null ? List.<String>of() : d.categories()) {
      categories.add(EnumInput.parse("categories", c, PracticeCategory.class));
    }
    if (categories.isEmpty()) {
      throw new InvalidInputException("categories", "error.practice.categories");
    }
    Integer year = d.yearStarted();
    if (year != null && (year < 1990 || year > LocalDate.now(clock).getYear())) {
      throw new InvalidInputException(
          "yearStarted", "error.param.range", "yearStarted", 1990, LocalDate.now(clock).getYear());
    }
    List<String> sources = new ArrayList<>();
    for (String s : d.sources() == null ? List.<String>of() : d.sources()) {
      sources.add(TextInput.url("sources", s));
    }
    if (sources.size() > PracticeDetails.MAX_SOURCES) {
      throw new InvalidInputException(
          "sources", "error.practice.sources", PracticeDetails.MAX_SOURCES);
    }
    int summary = PracticeDetails.SUMMARY_LENGTH;
    int problem = PracticeDetails.PROBLEM_LENGTH;
    int text = PracticeDetails.LONG_TEXT_LENGTH;
    return new PracticeDetails(
        title,
        categories,
        TextInput.required("summary", d.summary(), summary),
        TextInput.optional("summaryEn", d.summaryEn(), summary),
        TextInput.optional("problem", d.problem(), problem),
        TextInput.optional("problemEn", d.problemEn(), problem),
        TextInput.optional("howItWorks", d.howItWorks(), text),
        TextInput.optional("results", d.results(), text),
        EnumInput.parse("maturity", d.maturity(), Maturity.class),
        EnumInput.parse("status", d.status(), PracticeStatus.class),
        year,
        d.demoUrl() == null || d.demoUrl().isBlank() ? null : TextInput.url("demoUrl", d.demoUrl()),
        d.videoUrl() == null || d.videoUrl().isBlank()
            ? null
            : TextInput.url("videoUrl", d.videoUrl()),
        EnumInput.parse("sourceCode", d.sourceCode(), SourceCode.class),
        TextInput.optional("licence", d.licence(), PracticeDetails.LICENCE_LENGTH),
        TextInput.optional("team", d.team(), text),
        null,
        null,
        sources);
  }

  /** A readable unique code from the title: "Super Aplikasi e-Office" → super-aplikasi-e-office. */
  private String code(String title) {
    String base =
        Normalizer.normalize(title, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    base = base.isEmpty() ? "praktik" : base.substring(0, Math.min(base.length(), 50));
    String code = base;
    for (int n = 2; taken(code); n++) {
      code = base + "-" + n;
    }
    return code;
  }

  private boolean taken(String code) {
    return !em.createNamedQuery(Practice.FIND_BY_CODE, Practice.class)
        .setParameter("code", code)
        .getResultList()
        .isEmpty();
  }

  private Caller caller() {
    return callers
        .current()
        .orElseThrow(() -> new AccessDeniedException("error.practice.notOwner", "-"));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
