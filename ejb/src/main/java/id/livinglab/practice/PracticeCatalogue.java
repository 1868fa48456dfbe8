package id.livinglab.practice;

import id.livinglab.common.InvalidInputException;
import id.livinglab.common.NotFoundException;
import id.livinglab.framework.FrameworkCatalogue;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.NodeKind;
import id.livinglab.instansi.Instansi;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.security.Caller;
import id.livinglab.security.CallerService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The public catalogue of good practices and each practice's page. Everyone reads what is
 * published; a draft only its owner instansi and curators see, an interest (MINAT) only the two
 * parties and facilitators: each practice and adoption answers that itself ({@link
 * Practice#visibleTo}, {@link Adoption#visibleTo}), asked here for the caller of the request.
 *
 * <p>The catalogue filters in memory: a few thousand practices at most, each read with its
 * collections, and the indicator filter needs the framework tree, which lives in memory anyway.
 */
@Stateless
@PermitAll
public class PracticeCatalogue {

  public static final int MAX_USED_BY = 1000;

  @PersistenceContext private EntityManager em;
  @EJB private InstansiRegister register;
  @EJB private FrameworkCatalogue frameworks;
  @EJB private CallerService callers;
  @Inject private Clock clock;

  /** The practices that match {@code q}, one page of them. */
  public PracticePage search(PracticeQuery q) {
    if (q.text() != null && q.text().length() > PracticeQuery.MAX_TEXT) {
      throw new InvalidInputException("q", "error.field.length", "q", PracticeQuery.MAX_TEXT);
    }
    if (q.usedByAtLeast() != null && (q.usedByAtLeast() < 0 || q.usedByAtLeast() > MAX_USED_BY)) {
      throw new InvalidInputException("usedBy", "error.practice.usedBy", MAX_USED_BY);
    }
    Set<String> raised = q.raises() == null ? null : indicatorsUnder(q.raises());
    Caller caller = callers.current().orElse(null);
    LocalDate today = LocalDate.now(clock);
    Map<Long, int[]> counts = counts();
    String words = q.text() == null ? null : q.text().strip().toLowerCase(Locale.ROOT);
    List<PracticeCard> cards =
        em.createNamedQuery(Practice.FIND_ALL, Practice.class).getResultList().stream()
            .filter(p -> p.visibleTo(caller))
            .filter(p -> words == null || words.isEmpty() || mentions(p, words))
            .filter(p -> q.category() == null || p.getCategories().contains(q.category()))
            .filter(p -> raised == null || raisesAny(p, raised))
            .filter(p -> q.owner() == null || q.owner().equals(p.getOwnerCode()))
            .filter(p -> q.maturity() == null || q.maturity() == p.getMaturity())
            .filter(p -> q.status() == null || q.status() == p.getStatus())
            .map(p -> card(p, counts.getOrDefault(p.getId(), new int[2]), today))
            .filter(c -> q.kind() == null || c.owner().getKind() == q.kind())
            .filter(c -> q.province() == null || q.province().equals(provinceOf(c.owner())))
            .filter(c -> q.usedByAtLeast() == null || c.usedBy() >= q.usedByAtLeast())
            .sorted(order(q.sort()))
            .toList();
    int pages = Math.max(1, (cards.size() + q.size() - 1) / q.size());
    int page = Math.min(q.page(), pages);
    int from = (page - 1) * q.size();
    return new PracticePage(
        cards.subList(from, Math.min(from + q.size(), cards.size())),
        cards.size(),
        page,
        pages,
        q.size());
  }

  /**
   * A practice's page.
   *
   * @throws NotFoundException when there is none, or the caller may not see it (a draft is not
   *     announced to others)
   */
  public PracticeView view(long id) {
    Caller caller = callers.current().orElse(null);
    Practice p = em.find(Practice.class, id);
    if (p == null || !p.visibleTo(caller)) {
      throw new NotFoundException("error.practice.unknown", id);
    }
    List<Adoption> visible =
        em.createNamedQuery(Adoption.FIND_BY_PRACTICE, Adoption.class)
            .setParameter("practice", p.getId())
            .getResultStream()
            .filter(a -> a.visibleTo(caller))
            .toList();
    List<AdopterRow> adopters =
        Lineage.of(visible).stream()
            .map(
                n ->
                    new AdopterRow(
                        n.adoption(),
                        register.get(n.adoption().getAdopterCode()),
                        n.generation(),
                        n.learnedFrom() == null ? null : register.get(n.learnedFrom())))
            .toList();
    List<PracticeView.Raised> raised =
        p.getIndicators().stream()
            .map(l -> new PracticeView.Raised(l, node(l.getFrameworkCode(), l.getIndicatorCode())))
            .toList();
    return new PracticeView(
        p, register.get(p.getOwnerCode()), p.freshness(LocalDate.now(clock)), raised, adopters);
  }

  /**
   * Every adoption the public sees (an interest is private; a stopped one is left out) as an arc
   * from owner to adopter, and the owners ranked by how many instansi adopted their practices.
   */
  public Spread spread() {
    Caller caller = callers.current().orElse(null);
    Map<Long, Practice> practices = new HashMap<>();
    em.createNamedQuery(Practice.FIND_ALL, Practice.class)
        .getResultStream()
        .filter(Practice::isPublished)
        .forEach(p -> practices.put(p.getId(), p));
    List<Spread.Arc> arcs =
        em.createNamedQuery(Adoption.FIND_ALL, Adoption.class)
            .getResultStream()
            .filter(a -> a.getStage().counted() && a.visibleTo(caller))
            .filter(a -> practices.containsKey(a.getPracticeId()))
            .map(
                a ->
                    new Spread.Arc(
                        a.getPracticeId(),
                        practices.get(a.getPracticeId()).getTitle(),
                        a.getOwnerCode(),
                        register.get(a.getOwnerCode()).getName(),
                        a.getAdopterCode(),
                        register.get(a.getAdopterCode()).getName(),
                        a.getStage(),
                        a.isReported()))
            .toList();
    Map<String, Set<String>> adopters = new HashMap<>();
    Map<String, Set<Long>> adopted = new HashMap<>();
    for (Spread.Arc arc : arcs) {
      adopters.computeIfAbsent(arc.owner(), k -> new HashSet<>()).add(arc.adopter());
      adopted.computeIfAbsent(arc.owner(), k -> new HashSet<>()).add(arc.practice());
    }
    List<Spread.Spreader> top =
        adopters.entrySet().stream()
            .map(
                e ->
                    new Spread.Spreader(
                        e.getKey(),
                        register.get(e.getKey()).getName(),
                        adopted.get(e.getKey()).size(),
                        e.getValue().size()))
            .sorted(
                Comparator.comparing(Spread.Spreader::adopters, Comparator.reverseOrder())
                    .thenComparing(Spread.Spreader::name))
            .toList();
    return new Spread(arcs, top);
  }

  private PracticeCard card(Practice p, int[] count, LocalDate today) {
    return new PracticeCard(
        p, register.get(p.getOwnerCode()), p.freshness(today), count[0], count[1]);
  }

  /** Per practice: adoptions the public sees that are not stopped, and adopters that run it. */
  private Map<Long, int[]> counts() {
    Map<Long, int[]> out = new HashMap<>();
    List<Object[]> rows =
        em.createQuery(
                "select a.practiceId, a.stage, count(a) from Adoption a"
                    + " group by a.practiceId, a.stage",
                Object[].class)
            .getResultList();
    for (Object[] row : rows) {
      AdoptionStage stage = (AdoptionStage) row[1];
      int n = ((Number) row[2]).intValue();
      int[] c = out.computeIfAbsent((Long) row[0], k -> new int[2]);
      if (stage.counted()) {
        c[0] += n;
      }
      if (stage.inUse()) {
        c[1] += n;
      }
    }
    return out;
  }

  private static boolean mentions(Practice p, String words) {
    for (String text :
        new String[] {
          p.getTitle(), p.getSummaryId(), p.getSummaryEn(), p.getProblemId(), p.getProblemEn()
        }) {
      if (text != null && text.toLowerCase(Locale.ROOT).contains(words)) {
        return true;
      }
    }
    return false;
  }

  private static boolean raisesAny(Practice p, Set<String> keys) {
    return p.getIndicators().stream().anyMatch(l -> keys.contains(l.key()));
  }

  private static String provinceOf(Instansi owner) {
    return owner.getProvince() == null ? null : owner.getProvince().getCode();
  }

  private static Comparator<PracticeCard> order(PracticeQuery.Sort sort) {
    Comparator<PracticeCard> byTitle = Comparator.comparing(c -> c.practice().getTitle());
    return switch (sort) {
      case NEWEST ->
          Comparator.comparing(
                  (PracticeCard c) -> c.practice().getPublishedAt(),
                  Comparator.nullsLast(Comparator.reverseOrder()))
              .thenComparing(c -> c.practice().getId(), Comparator.reverseOrder());
      case CONFIRMED ->
          Comparator.comparing(
                  (PracticeCard c) -> c.practice().getConfirmedOn(),
                  Comparator.nullsLast(Comparator.reverseOrder()))
              .thenComparing(PracticeCard::adoptions, Comparator.reverseOrder())
              .thenComparing(byTitle);
      case ADOPTED ->
          Comparator.comparing(PracticeCard::adoptions, Comparator.reverseOrder())
              .thenComparing(PracticeCard::usedBy, Comparator.reverseOrder())
              .thenComparing(byTitle);
    };
  }

  /**
   * The indicators at or under {@code key} ({@code framework:node}): one indicator, or all of an
   * aspect's or a domain's.
   */
  Set<String> indicatorsUnder(String key) {
    int colon = key.indexOf(':');
    FrameworkVersion f =
        colon < 1 ? null : frameworks.findFramework(key.substring(0, colon)).orElse(null);
    FrameworkNode node = f == null ? null : f.findNode(key.substring(colon + 1)).orElse(null);
    if (node == null) {
      throw new InvalidInputException("indicator", "error.practice.indicator", key);
    }
    Map<String, String> parents = new HashMap<>();
    f.getNodes().forEach(n -> parents.put(n.getCode(), n.getParentCode()));
    Set<String> out = new HashSet<>();
    for (FrameworkNode n : f.nodesOfKind(NodeKind.INDICATOR)) {
      for (String c = n.getCode(); c != null; c = parents.get(c)) {
        if (c.equals(node.getCode())) {
          out.add(f.getCode() + ":" + n.getCode());
          break;
        }
      }
    }
    return out;
  }

  private FrameworkNode node(String framework, String code) {
    return frameworks.findFramework(framework).flatMap(f -> f.findNode(code)).orElse(null);
  }
}
