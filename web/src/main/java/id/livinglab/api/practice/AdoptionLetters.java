package id.livinglab.api.practice;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import id.livinglab.common.Messages;
import id.livinglab.instansi.Instansi;
import id.livinglab.practice.Adoption;
import id.livinglab.practice.AdoptionStage;
import id.livinglab.practice.AdoptionStep;
import id.livinglab.practice.Practice;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The two letters of an adoption, in Bahasa Indonesia as official letters are (an English copy on
 * request is a courtesy translation, and says so): the letter of interest (surat minat replikasi)
 * from the adopter to the owner, copied to the province, and the statement of replication (surat
 * pernyataan telah mereplikasi) that BSKDN's Indeks Inovasi Daerah asks as evidence. Each carries a
 * verification code computed from the platform's record, so a reader can check it against {@code
 * /api/v1/adoptions/{id}}; the wet or electronic signature of the competent official is still
 * needed for official use, and the letter says so. The words are the bundle's ({@code letter.*}).
 */
final class AdoptionLetters {

  private final Locale locale;
  private final DateTimeFormatter day;
  private final Adoption adoption;
  private final Practice practice;
  private final Instansi owner;
  private final Instansi adopter;
  private final Instansi province;
  private final String address;

  AdoptionLetters(
      Locale locale,
      Adoption adoption,
      Practice practice,
      Instansi owner,
      Instansi adopter,
      Instansi province,
      String address) {
    this.locale = locale;
    this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    this.adoption = adoption;
    this.practice = practice;
    this.owner = owner;
    this.adopter = adopter;
    this.province = province;
    this.address = address;
  }

  /** Surat minat: from the adopter to the owner's coordinator, with a copy to the province. */
  byte[] interest() {
    AdoptionStep first = adoption.getSteps().get(0);
    LocalDate on = first.getReachedOn();
    return letter(
        text("letter.interest.title"),
        "LL/MINAT/" + adoption.getId() + "/" + on.getYear(),
        on,
        text("letter.interest.to", owner.getName()),
        text("letter.interest.subject", practice.getTitle()),
        text(
            "letter.interest.body",
            adopter.getName(),
            practice.getTitle(),
            owner.getName(),
            address),
        adopter.getName(),
        text("letter.interest.signerRole", first.getRecordedBy()));
  }

  /** Surat pernyataan: the owner states that the adopter has replicated the practice. */
  byte[] statement() {
    LocalDate used = adoption.reachedOn(AdoptionStage.DITERAPKAN);
    LocalDate verified = adoption.reachedOn(AdoptionStage.TERVERIFIKASI);
    AdoptionStep last = adoption.getSteps().get(adoption.getSteps().size() - 1);
    String evidence = adoption.getFacts().getEvidence();
    return letter(
        text("letter.statement.title"),
        "LL/REPLIKASI/" + adoption.getId() + "/" + verified.getYear(),
        verified,
        text("letter.statement.to", owner.getName()),
        text("letter.statement.subject", practice.getTitle()),
        text(
            "letter.statement.body",
            adopter.getName(),
            practice.getTitle(),
            owner.getName(),
            used == null ? "-" : day.format(used),
            evidence == null ? "" : text("letter.statement.evidence", evidence),
            day.format(verified),
            last.getRecordedBy(),
            address),
        owner.getName(),
        text("letter.statement.signerRole"));
  }

  private String text(String key, Object... args) {
    return Messages.message(locale, key, args);
  }

  private byte[] letter(
      String kind,
      String number,
      LocalDate on,
      String to,
      String subject,
      String body,
      String signer,
      String signerRole) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
    PdfWriter.getInstance(doc, out);
    doc.addTitle(kind + " " + number);
    doc.addCreator("Living Lab SPBE");
    doc.open();
    Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    Font plain = FontFactory.getFont(FontFactory.HELVETICA, 10.5f);
    Font small = FontFactory.getFont(FontFactory.HELVETICA, 8);
    Paragraph head = new Paragraph(kind, title);
    head.setAlignment(Paragraph.ALIGN_CENTER);
    doc.add(head);
    Paragraph no = new Paragraph(text("letter.number", number), plain);
    no.setAlignment(Paragraph.ALIGN_CENTER);
    doc.add(no);
    doc.add(Chunk.NEWLINE);
    doc.add(new Paragraph(adopter.getName() + ", " + day.format(on), plain));
    doc.add(Chunk.NEWLINE);
    doc.add(new Paragraph(to, plain));
    doc.add(new Paragraph(text("letter.regarding", subject), plain));
    doc.add(Chunk.NEWLINE);
    doc.add(new Paragraph(body, plain));
    doc.add(Chunk.NEWLINE);
    doc.add(new Paragraph(signer, plain));
    doc.add(new Paragraph(signerRole, plain));
    doc.add(Chunk.NEWLINE);
    doc.add(Chunk.NEWLINE);
    if (province != null) {
      doc.add(new Paragraph(text("letter.copy", province.getName()), plain));
    }
    if (adoption.isReported()) {
      doc.add(new Paragraph(text("letter.reported"), small));
    }
    doc.add(Chunk.NEWLINE);
    doc.add(new Paragraph(text("letter.footer", adoption.getId(), code()), small));
    doc.close();
    return out.toByteArray();
  }

  /** A short SHA-256 of the record the letter states: who, what, and every step. */
  String code() {
    StringBuilder record =
        new StringBuilder()
            .append(adoption.getId())
            .append('|')
            .append(practice.getId())
            .append('|')
            .append(owner.getCode())
            .append('|')
            .append(adopter.getCode());
    adoption
        .getSteps()
        .forEach(s -> record.append('|').append(s.getTo()).append('@').append(s.getReachedOn()));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(record.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8).toUpperCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
