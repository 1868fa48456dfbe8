package id.livinglab.api.practice;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
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
 * The two letters of an adoption, in Bahasa Indonesia as official letters are: the letter of
 * interest (surat minat replikasi) from the adopter to the owner, copied to the province, and the
 * statement of replication (surat pernyataan telah mereplikasi) that BSKDN's Indeks Inovasi Daerah
 * asks as evidence. Each carries a verification code computed from the platform's record, so a
 * reader can check it against {@code /api/v1/adoptions/{id}}; the wet or electronic signature of
 * the competent official is still needed for official use, and the letter says so.
 */
final class AdoptionLetters {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

  private final Adoption adoption;
  private final Practice practice;
  private final Instansi owner;
  private final Instansi adopter;
  private final Instansi province;
  private final String address;

  AdoptionLetters(
      Adoption adoption,
      Practice practice,
      Instansi owner,
      Instansi adopter,
      Instansi province,
      String address) {
    this.adoption = adoption;
    this.practice = practice;
    this.owner = owner;
    this.adopter = adopter;
    this.province = province;
    this.address = address;
  }

  /** Surat minat: from the adopter to the owner's coordinator, with a copy to the province. */
  byte[] interest() {
    LocalDate on = adoption.getSteps().get(0).getReachedOn();
    return letter(
        "SURAT MINAT REPLIKASI",
        "LL/MINAT/" + adoption.getId() + "/" + on.getYear(),
        on,
        "Kepada Yth. Koordinator SPBE " + owner.getName(),
        "Minat mereplikasi praktik baik \u201C" + practice.getTitle() + "\u201D",
        "Dengan hormat,\n\n"
            + adopter.getName()
            + " menyatakan minat untuk mengadopsi dan mengadaptasi praktik baik \u201C"
            + practice.getTitle()
            + "\u201D milik "
            + owner.getName()
            + ". Kami mohon kesediaan "
            + owner.getName()
            + " untuk mengonfirmasi minat ini dan, bila berkenan, menunjuk mentor yang dapat"
            + " mendampingi persiapan, perencanaan, uji coba dan penerapannya di instansi kami.\n\n"
            + "Tahapan adopsi dicatat dan dapat diikuti pada platform Living Lab: "
            + address
            + "\n\nDemikian surat ini kami sampaikan. Atas perhatian dan kerja samanya kami"
            + " ucapkan terima kasih.",
        adopter.getName(),
        "Koordinator SPBE (" + adoption.getSteps().get(0).getRecordedBy() + ")");
  }

  /** Surat pernyataan: the owner states that the adopter has replicated the practice. */
  byte[] statement() {
    LocalDate used = adoption.reachedOn(AdoptionStage.DITERAPKAN);
    LocalDate verified = adoption.reachedOn(AdoptionStage.TERVERIFIKASI);
    AdoptionStep last = adoption.getSteps().get(adoption.getSteps().size() - 1);
    return letter(
        "SURAT PERNYATAAN TELAH MEREPLIKASI",
        "LL/REPLIKASI/" + adoption.getId() + "/" + verified.getYear(),
        verified,
        "Yang bertanda tangan di bawah ini, Koordinator SPBE "
            + owner.getName()
            + " (instansi asal)",
        "Pernyataan replikasi praktik baik \u201C" + practice.getTitle() + "\u201D",
        "menyatakan bahwa "
            + adopter.getName()
            + " (instansi penerima) telah mereplikasi praktik baik \u201C"
            + practice.getTitle()
            + "\u201D milik "
            + owner.getName()
            + ".\n\nPraktik tersebut diterapkan sejak "
            + (used == null ? "-" : DAY.format(used))
            + (adoption.getFacts().getEvidence() == null
                ? ""
                : ", dengan bukti penerapan: " + adoption.getFacts().getEvidence())
            + ", dan diverifikasi pada "
            + DAY.format(verified)
            + " oleh "
            + last.getRecordedBy()
            + ".\n\nRiwayat tahapan adopsi tercatat pada platform Living Lab: "
            + address
            + "\n\nDemikian surat pernyataan ini dibuat untuk dipergunakan sebagaimana mestinya.",
        owner.getName(),
        "Koordinator SPBE");
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
    Paragraph no = new Paragraph("Nomor: " + number, plain);
    no.setAlignment(Paragraph.ALIGN_CENTER);
    doc.add(no);
    doc.add(Chunk.NEWLINE);
    doc.add(new Paragraph(adopter.getName() + ", " + DAY.format(on), plain));
    doc.add(Chunk.NEWLINE);
    doc.add(new Paragraph(to, plain));
    doc.add(new Paragraph("Perihal: " + subject, plain));
    doc.add(Chunk.NEWLINE);
    doc.add(new Paragraph(body, plain));
    doc.add(Chunk.NEWLINE);
    doc.add(new Paragraph(signer, plain));
    doc.add(new Paragraph(signerRole, plain));
    doc.add(Chunk.NEWLINE);
    doc.add(Chunk.NEWLINE);
    if (province != null) {
      doc.add(new Paragraph("Tembusan: " + province.getName(), plain));
    }
    if (adoption.isReported()) {
      doc.add(new Paragraph("Catatan: adopsi ini dicatat dari pemberitaan (dilaporkan).", small));
    }
    doc.add(Chunk.NEWLINE);
    doc.add(
        new Paragraph(
            "Dibuat oleh platform Living Lab dari catatan adopsi nomor "
                + adoption.getId()
                + ". Kode verifikasi: "
                + code()
                + ". Untuk keperluan resmi, surat ini ditandatangani pejabat yang berwenang.",
            small));
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
