package id.livinglab.practice;

import id.livinglab.common.ShippedFiles;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.framework.NodeKind;
import id.livinglab.support.Csv;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores the shipped good practices and the adoptions that public reports name ({@code
 * reference/exchange/}) that the database lacks: practices as published records of their owners
 * that no owner has confirmed yet, adoptions as "dilaporkan" history with their source. A practice
 * or adoption already present (found by code, or by practice and adopter) is left as users made it.
 */
@Stateless
public class PracticeImport {

  /** Who the shipped records are recorded by. */
  public static final String SHIPPED_BY = "sistem";

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int loadShippedIfAbsent() {
    LocalDateTime now = LocalDateTime.now(clock);
    int loaded = 0;
    for (Csv.Row row : ShippedFiles.csv("exchange/practices.csv")) {
      if (byCode(row.get("code")) == null) {
        em.persist(practice(row, now));
        loaded++;
      }
    }
    em.flush();
    for (Csv.Row row : ShippedFiles.csv("exchange/adoptions-reported.csv")) {
      Practice p = byCode(row.get("practice_code"));
      String adopter = row.get("adopter_code");
      boolean present =
          em.createNamedQuery(Adoption.FIND_BY_PRACTICE, Adoption.class)
              .setParameter("practice", p.getId())
              .getResultStream()
              .anyMatch(a -> a.getAdopterCode().equals(adopter));
      if (!present) {
        em.persist(
            Adoption.reported(
                p,
                adopter,
                null,
                AdoptionStage.valueOf(row.get("stage")),
                LocalDate.parse(row.get("date")),
                row.get("source"),
                row.get("note_id") + " / " + row.get("note_en"),
                SHIPPED_BY,
                now));
      }
    }
    return loaded;
  }

  private Practice byCode(String code) {
    return em.createNamedQuery(Practice.FIND_BY_CODE, Practice.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Practice practice(Csv.Row row, LocalDateTime now) {
    String year = row.get("year_started");
    Set<PracticeCategory> categories = EnumSet.noneOf(PracticeCategory.class);
    for (String c : split(row.get("categories"))) {
      categories.add(PracticeCategory.valueOf(c));
    }
    PracticeDetails details =
        new PracticeDetails(
            row.get("title"),
            categories,
            row.get("summary_id"),
            row.get("summary_en"),
            row.get("problem_id"),
            row.get("problem_en"),
            null,
            null,
            Maturity.valueOf(row.get("maturity")),
            PracticeStatus.valueOf(row.get("status")),
            year == null || year.isBlank() ? null : Integer.valueOf(year),
            null,
            null,
            null,
            null,
            null,
            row.get("note_id"),
            row.get("note_en"),
            split(row.get("sources")));
    Practice p = new Practice(row.get("code"), row.get("owner_code"), details, SHIPPED_BY, now);
    for (String link : split(row.get("indicators"))) {
      p.propose(link(link, row.line()));
    }
    p.publishCompiled(SHIPPED_BY, now);
    return p;
  }

  /** {@code spbe-2020:37:2:4}: framework, indicator, level from, level to. */
  private IndicatorLink link(String text, int line) {
    String[] parts = text.split(":");
    // The catalogue of frameworks starts after the reference data: read the loaded version here.
    FrameworkVersion f = parts.length == 4 ? em.find(FrameworkVersion.class, parts[0]) : null;
    boolean indicator =
        f != null && f.findNode(parts[1]).map(n -> n.getKind() == NodeKind.INDICATOR).orElse(false);
    if (!indicator) {
      throw new IllegalStateException("exchange/practices.csv line " + line + ": " + text);
    }
    return new IndicatorLink(
        parts[0], parts[1], new BigDecimal(parts[2]), new BigDecimal(parts[3]), null);
  }

  private static List<String> split(String list) {
    if (list == null || list.isBlank()) {
      return List.of();
    }
    return Arrays.stream(list.split(";"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toList());
  }
}
