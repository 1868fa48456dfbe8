package id.livinglab.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The kinds of evidence file accepted, told from the content, never from the file's name: an
 * executable renamed {@code .pdf} is refused because its bytes say what it is. Office documents are
 * ZIP containers (OOXML, OpenDocument) or OLE2 files (Office 97–2003); a ZIP is opened to see
 * which.
 */
public enum EvidenceType {
  PDF("application/pdf", "pdf"),
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
  ODF_TEXT("application/vnd.oasis.opendocument.text", "odt"),
  ODF_SPREADSHEET("application/vnd.oasis.opendocument.spreadsheet", "ods"),
  ODF_PRESENTATION("application/vnd.oasis.opendocument.presentation", "odp"),
  /** Word, Excel or PowerPoint 97–2003 (one container format for all three). */
  OFFICE_LEGACY("application/x-ole-storage", "doc");

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final byte[] OLE2_MAGIC = {
    (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1
  };

  private final String mediaType;
  private final String extension;

  EvidenceType(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** The kind of the file at {@code file}, or empty if it is none of the accepted kinds. */
  public static Optional<EvidenceType> of(Path file) throws IOException {
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    byte[] h = Arrays.copyOf(head, n);
    if (startsWith(h, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (startsWith(h, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(h, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(h, OLE2_MAGIC)) {
      return Optional.of(OFFICE_LEGACY);
    }
    return startsWith(h, ZIP_MAGIC) ? officeZip(file) : Optional.empty();
  }

  private static Optional<EvidenceType> officeZip(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry mimetype = zip.getEntry("mimetype");
      if (mimetype != null && mimetype.getSize() < 200) {
        String type;
        try (InputStream in = zip.getInputStream(mimetype)) {
          type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
        }
        for (EvidenceType t : new EvidenceType[] {ODF_TEXT, ODF_SPREADSHEET, ODF_PRESENTATION}) {
          if (t.mediaType.equals(type)) {
            return Optional.of(t);
          }
        }
        return Optional.empty();
      }
      if (zip.getEntry("[Content_Types].xml") == null) {
        return Optional.empty();
      }
      if (zip.getEntry("word/document.xml") != null) {
        return Optional.of(DOCX);
      }
      if (zip.getEntry("xl/workbook.xml") != null) {
        return Optional.of(XLSX);
      }
      if (zip.getEntry("ppt/presentation.xml") != null) {
        return Optional.of(PPTX);
      }
      return Optional.empty();
    } catch (ZipException e) {
      // Starts like a ZIP but is not one: not a document we can accept.
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
  }
}
