package id.livinglab.benchmark;

import java.util.List;
import java.util.Map;

/**
 * A filtered ranking of one year: the standings (best first, with their national ranks), how many
 * fall in each predicate, and the statistics of the filtered group.
 */
public record Ranking(
    int year,
    String frameworkCode,
    List<Standing> rows,
    Map<String, Integer> predicates,
    GroupStatistics statistics,
    List<Integer> years) {}
