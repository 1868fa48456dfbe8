package id.livinglab.api.instansi;

import id.livinglab.api.result.ProvenanceJson;
import id.livinglab.benchmark.HistoryService;
import java.math.BigDecimal;
import java.util.Map;

/** The official level of every indicator of one year, with where they come from. */
public record LevelsJson(
    String instansiCode,
    int year,
    String framework,
    Map<String, BigDecimal> levels,
    ProvenanceJson source) {

  static LevelsJson of(String code, HistoryService.YearLevels l) {
    return new LevelsJson(
        code,
        l.year(),
        l.frameworkCode(),
        l.levels(),
        l.provenance() == null ? null : ProvenanceJson.of(l.provenance()));
  }
}
