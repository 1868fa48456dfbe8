package id.livinglab.simulation;

import id.livinglab.benchmark.GroupRef;
import id.livinglab.benchmark.PeerGroup;
import id.livinglab.benchmark.PeerGroups;
import id.livinglab.benchmark.Standing;
import id.livinglab.benchmark.StandingsCache;
import id.livinglab.benchmark.YearTable;
import id.livinglab.common.InvalidInputException;
import id.livinglab.common.NotFoundException;
import id.livinglab.framework.Grade;
import id.livinglab.instansi.Instansi;
import id.livinglab.instansi.InstansiKind;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.instansi.Region;
import id.livinglab.planning.CheapestSteps;
import id.livinglab.planning.Goal;
import id.livinglab.planning.NextSteps;
import id.livinglab.support.DecimalInput;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Group simulation from official data only, so public: for a group and a year, each member's
 * official index, the cheapest plan of each member whose indicator levels are official (a finalised
 * assessment) to its next predicate or a chosen target, the group's average now and if every plan
 * is carried out, and what each member's plan adds to the average. Members without levels are held
 * at their index; members without a result count in no average.
 *
 * <p>A group is a named peer group by its code (all its members listed, with or without a result),
 * {@code province:<code>} or {@code kind:<kind>} (the members with a result in the year: a province
 * or a kind is known only through its results).
 */
@Stateless
@PermitAll
public class GroupSimulation {

  @EJB private StandingsCache standings;
  @EJB private PeerGroups peerGroups;
  @EJB private OfficialLevelsCache official;
  @EJB private CheapestSteps steps;
  @EJB private InstansiRegister register;

  /**
   * @param groupId a peer group's code, {@code province:32} or {@code kind:kabupaten}
   * @param year null: the latest year with results
   * @param target null or blank: each member's next predicate; else a predicate's name or an index
   */
  public GroupPlan simulate(String groupId, Integer year, String target) {
    List<Integer> years = standings.years();
    if (year == null && years.isEmpty()) {
      throw new NotFoundException("error.results.none");
    }
    int y = year == null ? years.get(0) : year;
    YearTable table =
        standings.of(y).orElseThrow(() -> new NotFoundException("error.results.noYear", y));
    Group group = group(groupId, table);
    Goal goal = goal(target);
    Map<String, Map<String, BigDecimal>> levels = official.of(y);
    String frameworkCode = table.year().getFramework().getCode();
    List<GroupPlan.Member> members = new ArrayList<>();
    List<GroupAverage.Member> averaged = new ArrayList<>();
    for (String code : group.members()) {
      Optional<Standing> standing = table.find(code);
      NextSteps plan =
          standing.isPresent() && levels.containsKey(code)
              ? steps.plan(y, frameworkCode, levels.get(code), goal)
              : null;
      GroupPlan.Member m = member(code, standing, plan);
      members.add(m);
      averaged.add(new GroupAverage.Member(code, m.now(), m.after()));
    }
    GroupAverage average = GroupAverage.of(averaged);
    Map<String, Integer> order = new HashMap<>();
    for (GroupAverage.Contribution c : average.contributions()) {
      order.put(c.code(), order.size());
    }
    members.sort(
        Comparator.comparing((GroupPlan.Member m) -> order.getOrDefault(m.code(), order.size()))
            .thenComparing(GroupPlan.Member::code));
    return new GroupPlan(
        group.id(),
        group.nameId(),
        group.nameEn(),
        group.kind(),
        y,
        frameworkCode,
        target == null || target.isBlank() ? null : target.trim(),
        members,
        average);
  }

  /** The years with official results, newest first. */
  public List<Integer> years() {
    return standings.years();
  }

  /** Every group that can be chosen: the named peer groups, the provinces, the kinds. */
  public List<GroupChoice> choices() {
    List<GroupChoice> out = new ArrayList<>();
    for (PeerGroup g : peerGroups.all()) {
      out.add(new GroupChoice(g.getCode(), g.getNameId(), g.getNameEn(), null));
    }
    for (Region p : register.provinces()) {
      out.add(new GroupChoice(GroupRef.province(p.getCode()).id(), p.getName(), p.getName(), null));
    }
    for (InstansiKind k : InstansiKind.values()) {
      out.add(new GroupChoice(GroupRef.kind(k).id(), null, null, k));
    }
    return out;
  }

  /** A group to choose; a kind is named by the page from its bundle ({@code kind}). */
  public record GroupChoice(String id, String nameId, String nameEn, InstansiKind kind) {}

  private record Group(
      String id, String nameId, String nameEn, InstansiKind kind, List<String> members) {}

  private Group group(String id, YearTable table) {
    if (id == null || id.isBlank()) {
      throw new InvalidInputException("group", "error.field.required", "group");
    }
    GroupRef ref = GroupRef.parse(id);
    if (ref.type() == GroupRef.Type.PROVINCE) {
      String code = ref.code();
      Region province =
          register.provinces().stream()
              .filter(p -> p.getCode().equals(code))
              .findFirst()
              .orElseThrow(() -> new NotFoundException("error.group.unknown", id));
      return new Group(
          id,
          province.getName(),
          province.getName(),
          null,
          table.standings().stream()
              .filter(s -> code.equals(s.provinceCode()))
              .map(Standing::code)
              .toList());
    }
    if (ref.type() == GroupRef.Type.KIND) {
      InstansiKind kind;
      try {
        kind = ref.instansiKind();
      } catch (IllegalArgumentException e) {
        throw new NotFoundException("error.group.unknown", id);
      }
      return new Group(
          id,
          null,
          null,
          kind,
          table.standings().stream().filter(s -> s.kind() == kind).map(Standing::code).toList());
    }
    PeerGroup g =
        standings.group(id).orElseThrow(() -> new NotFoundException("error.group.unknown", id));
    return new Group(id, g.getNameId(), g.getNameEn(), null, List.copyOf(g.getMembers()));
  }

  private static Goal goal(String target) {
    if (target == null || target.isBlank()) {
      return null;
    }
    String t = target.trim();
    if (t.matches("\\d+([.,]\\d+)?")) {
      return new Goal.Index(
          DecimalInput.parse(t.replace(',', '.'))
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "target",
                          "error.number.bounds",
                          "target",
                          DecimalInput.MAX_INTEGER_DIGITS,
                          DecimalInput.MAX_DECIMALS)));
    }
    return new Goal.Predicate(t);
  }

  private GroupPlan.Member member(String code, Optional<Standing> standing, NextSteps plan) {
    if (standing.isEmpty()) {
      String name = register.find(code).map(Instansi::getName).orElse(code);
      return new GroupPlan.Member(
          code, name, GroupPlan.Status.NO_RESULT, null, null, null, null, null);
    }
    Standing s = standing.get();
    if (plan == null) {
      return new GroupPlan.Member(
          code,
          s.name(),
          GroupPlan.Status.HELD,
          s.index(),
          s.predicate(),
          s.index(),
          s.predicate(),
          null);
    }
    boolean moves = plan.planned();
    BigDecimal after = moves ? plan.result().index() : s.index();
    Grade predicateAfter = moves ? plan.result().predicate() : s.predicate();
    return new GroupPlan.Member(
        code,
        s.name(),
        GroupPlan.Status.LEVELS,
        s.index(),
        s.predicate(),
        after,
        predicateAfter,
        plan);
  }
}
