package id.livinglab.benchmark;

import id.livinglab.framework.Grade;
import id.livinglab.framework.NodeKind;
import id.livinglab.instansi.InstansiKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * What an instansi's portrait page shows for one year: who it is, its index and predicate, and the
 * value of each domain and aspect of that year's framework.
 *
 * @param year the year shown; null when the instansi has no result at all
 * @param official true for a published result; a value from an assessment is a simulation
 */
public record Portrait(
    String code,
    String name,
    InstansiKind kind,
    String provinceCode,
    String provinceName,
    Integer year,
    String frameworkCode,
    BigDecimal index,
    Grade predicate,
    boolean official,
    List<NodeValue> nodes,
    List<Integer> years) {

  /** The value of one domain or aspect with its predicate. */
  public record NodeValue(
      String code, String nameId, String nameEn, NodeKind kind, BigDecimal value, Grade predicate) {

    public String name(boolean english) {
      return english && nameEn != null ? nameEn : nameId;
    }
  }

  public boolean hasResult() {
    return index != null;
  }
}
