package id.livinglab.assessment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Words an audit entry's detail as "field: old → new; …", listing only what changed. Long texts are
 * cut so that one entry (4,000 characters) still holds every changed field.
 */
final class Changes {

  private static final int TEXT_CUT = 600;

  private final StringBuilder detail = new StringBuilder();

  Changes level(String field, BigDecimal before, BigDecimal after) {
    boolean same = before == null ? after == null : after != null && before.compareTo(after) == 0;
    return same ? this : add(field, plain(before), plain(after));
  }

  Changes text(String field, String before, String after) {
    return Objects.equals(before, after) ? this : add(field, cut(before), cut(after));
  }

  private Changes add(String field, String before, String after) {
    if (!detail.isEmpty()) {
      detail.append("; ");
    }
    detail.append(field).append(": ").append(before).append(" → ").append(after);
    return this;
  }

  boolean isEmpty() {
    return detail.isEmpty();
  }

  @Override
  public String toString() {
    return detail.toString();
  }

  private static String plain(BigDecimal v) {
    return v == null ? "–" : v.stripTrailingZeros().toPlainString();
  }

  private static String cut(String s) {
    if (s == null || s.isEmpty()) {
      return "–";
    }
    return s.length() <= TEXT_CUT ? "«" + s + "»" : "«" + s.substring(0, TEXT_CUT) + "…»";
  }
}
