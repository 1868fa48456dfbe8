package id.livinglab.api.benchmark;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.livinglab.benchmark.Ranking;
import id.livinglab.benchmark.Standing;
import id.livinglab.web.common.Provenances;
import id.livinglab.web.common.XlsxWriter;
import id.livinglab.web.i18n.Languages;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A ranking as a file officials can send on: CSV (UTF-8 with BOM, so Excel shows "Sumedang" and "—"
 * right) or XLSX, with the same rows and columns as the page and the filters applied.
 */
public final class RankingExport {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final Ranking ranking;
  private final Locale locale;
  private final List<String> nodes;

  public RankingExport(Ranking ranking, Locale locale) {
    this.ranking = ranking;
    this.locale = locale;
    this.nodes =
        ranking.rows().stream()
            .flatMap(s -> s.nodes().keySet().stream())
            .distinct()
            .sorted()
            .toList();
  }

  public String fileName(String extension) {
    return Languages.message(locale, "rankings.file")
        + "-"
        + ranking.frameworkCode()
        + "-"
        + ranking.year()
        + "."
        + extension;
  }

  List<String> header() {
    List<String> header = new ArrayList<>();
    for (String key :
        List.of(
            "rankings.column.rank",
            "rankings.column.code",
            "rankings.column.name",
            "rankings.column.kind",
            "rankings.column.province")) {
      header.add(Languages.message(locale, key));
    }
    header.addAll(nodes);
    header.add(Languages.message(locale, "rankings.column.index"));
    header.add(Languages.message(locale, "rankings.column.predicate"));
    header.add(Languages.message(locale, "change.column"));
    header.add(Languages.message(locale, "source.label"));
    return header;
  }

  List<List<Object>> rows() {
    List<List<Object>> rows = new ArrayList<>();
    for (Standing s : ranking.rows()) {
      List<Object> row = new ArrayList<>();
      row.add(s.rankNational());
      row.add(s.code());
      row.add(s.name());
      row.add(Languages.message(locale, s.kind().labelKey()));
      row.add(s.provinceName());
      for (String node : nodes) {
        row.add(s.nodes().get(node));
      }
      row.add(s.index());
      row.add(s.predicate().name(locale));
      row.add(Provenances.change(s.change(), locale));
      row.add(Provenances.source(s.provenance(), locale));
      rows.add(row);
    }
    return rows;
  }

  public byte[] csv() {
    StringBuilder out = new StringBuilder("\uFEFF");
    line(out, new ArrayList<>(header()));
    rows().forEach(r -> line(out, r));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  public byte[] xlsx() {
    return XlsxWriter.sheet(
        Languages.message(locale, "rankings.sheet", String.valueOf(ranking.year())),
        header(),
        rows());
  }

  /** A4 landscape: title, the filter summary, the table with its header repeated per page. */
  public byte[] pdf(String title, String summary) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
    PdfWriter.getInstance(doc, out);
    doc.addTitle(title);
    doc.addCreator("Living Lab SPBE");
    doc.open();
    Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    Font plain = FontFactory.getFont(FontFactory.HELVETICA, 8);
    doc.add(new Paragraph(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
    doc.add(new Paragraph(summary, plain));
    doc.add(Chunk.NEWLINE);
    List<String> header = header();
    PdfPTable table = new PdfPTable(header.size());
    table.setWidthPercentage(100);
    float[] widths = new float[header.size()];
    Arrays.fill(widths, 1f);
    widths[2] = 5f;
    widths[3] = 1.6f;
    widths[4] = 2.4f;
    widths[header.size() - 3] = 1.6f;
    widths[header.size() - 2] = 1.4f;
    widths[header.size() - 1] = 4f;
    table.setWidths(widths);
    table.setHeaderRows(1);
    header.forEach(h -> table.addCell(new Phrase(h, bold)));
    for (List<Object> row : rows()) {
      for (Object cell : row) {
        String text =
            cell == null ? "" : cell instanceof BigDecimal d ? d.toPlainString() : cell.toString();
        table.addCell(new Phrase(text, plain));
      }
    }
    doc.add(table);
    doc.close();
    return out.toByteArray();
  }

  private static void line(StringBuilder out, List<Object> cells) {
    for (int i = 0; i < cells.size(); i++) {
      Object cell = cells.get(i);
      String text =
          cell == null ? "" : cell instanceof BigDecimal d ? d.toPlainString() : cell.toString();
      // Quote every text cell; neutralise a leading formula character (CSV injection).
      if (!(cell instanceof Number)) {
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
          text = "'" + text;
        }
        text = "\"" + text.replace("\"", "\"\"") + "\"";
      }
      out.append(i == 0 ? "" : ",").append(text);
    }
    out.append("\r\n");
  }
}
