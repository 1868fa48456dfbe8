package id.livinglab.support;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks. Enough for
 * the reference files and uploads; rows keep their line number so that errors can name it.
 */
public final class Csv {

  /** One data row: its 1-based line number in the file and its values by header name. */
  public record Row(int line, Map<String, String> values) {

    /** The trimmed value of {@code column}, or "" when the row has no such column. */
    public String get(String column) {
      String v = values.get(column);
      return v == null ? "" : v.trim();
    }

    /**
     * The value of {@code column} as a decimal within {@link DecimalInput}'s bound; empty when the
     * cell is empty, not a number, or beyond the bound (so a cell never costs arithmetic).
     */
    public Optional<BigDecimal> decimal(String column) {
      return DecimalInput.parse(get(column));
    }
  }

  /** A file that is not CSV as promised (e.g. an unterminated quote). */
  public static class MalformedCsvException extends RuntimeException {
    private final int line;

    public MalformedCsvException(int line, String message) {
      super("line " + line + ": " + message);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  private Csv() {}

  /** Reads a file with a header row; rows shorter than the header get "" for missing cells. */
  public static List<Row> read(Reader in) throws IOException {
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    parse(in, records, lines);
    if (records.isEmpty()) {
      return List.of();
    }
    List<String> header = records.get(0).stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
    List<Row> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> cells = records.get(r);
      if (cells.size() == 1 && cells.get(0).isBlank()) {
        continue;
      }
      if (cells.size() > header.size()) {
        throw new MalformedCsvException(
            lines.get(r), cells.size() + " cells, the header has " + header.size());
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        values.put(header.get(c), c < cells.size() ? cells.get(c) : "");
      }
      rows.add(new Row(lines.get(r), values));
    }
    return rows;
  }

  private static void parse(Reader in, List<List<String>> records, List<Integer> lines)
      throws IOException {
    StringBuilder all = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = in.read(buf)) != -1; ) {
      all.append(buf, 0, n);
    }
    String text = all.toString();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (ch == '"' && cell.length() == 0) {
        int quoteLine = line;
        i++;
        while (true) {
          if (i >= text.length()) {
            throw new MalformedCsvException(quoteLine, "a quoted field is not closed");
          }
          char q = text.charAt(i);
          if (q == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i += 2;
          } else if (q == '"') {
            i++;
            break;
          } else {
            if (q == '\n') {
              line++;
            }
            cell.append(q);
            i++;
          }
        }
        continue;
      }
      if (ch == ',') {
        record.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\n') {
        record.add(cell.toString());
        cell.setLength(0);
        records.add(record);
        lines.add(recordLine);
        record = new ArrayList<>();
        line++;
        recordLine = line;
      } else if (ch != '\r') {
        cell.append(ch);
      }
      i++;
    }
    if (cell.length() > 0 || !record.isEmpty()) {
      record.add(cell.toString());
      records.add(record);
      lines.add(recordLine);
    }
  }
}
