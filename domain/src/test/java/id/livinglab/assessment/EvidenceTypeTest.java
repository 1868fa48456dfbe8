package id.livinglab.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceTypeTest {

  @TempDir Path dir;

  private Path file(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private Path zip(String name, String... entries) throws IOException {
    Path p = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(p);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String e : entries) {
        String[] parts = e.split("=", 2);
        zip.putNextEntry(new ZipEntry(parts[0]));
        zip.write((parts.length > 1 ? parts[1] : "<x/>").getBytes(StandardCharsets.US_ASCII));
        zip.closeEntry();
      }
    }
    return p;
  }

  @Test
  void pdfAndImagesAreToldByTheirFirstBytes() throws IOException {
    assertEquals(
        Optional.of(EvidenceType.PDF), EvidenceType.of(file("a.bin", "%PDF-1.7\n".getBytes())));
    assertEquals(
        Optional.of(EvidenceType.PNG),
        EvidenceType.of(
            file("b", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})));
    assertEquals(
        Optional.of(EvidenceType.JPEG),
        EvidenceType.of(file("c", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0})));
  }

  @Test
  void anExecutableNamedPdfIsRefused() throws IOException {
    assertTrue(EvidenceType.of(file("setup.pdf", "MZ\u0090\0\3\0\0\0".getBytes())).isEmpty());
  }

  @Test
  void emptyAndTinyFilesAreRefused() throws IOException {
    assertTrue(EvidenceType.of(file("empty.pdf", new byte[0])).isEmpty());
    assertTrue(EvidenceType.of(file("tiny.pdf", "%P".getBytes())).isEmpty());
  }

  @Test
  void officeZipsAreOpenedToSeeWhichDocumentTheyHold() throws IOException {
    assertEquals(
        Optional.of(EvidenceType.DOCX),
        EvidenceType.of(zip("a.docx", "[Content_Types].xml", "word/document.xml")));
    assertEquals(
        Optional.of(EvidenceType.XLSX),
        EvidenceType.of(zip("b.pdf", "[Content_Types].xml", "xl/workbook.xml")));
    assertEquals(
        Optional.of(EvidenceType.ODF_TEXT),
        EvidenceType.of(zip("c.odt", "mimetype=application/vnd.oasis.opendocument.text")));
    assertTrue(EvidenceType.of(zip("d.docx", "payload.exe")).isEmpty());
  }

  @Test
  void aTruncatedZipIsRefused() throws IOException {
    assertTrue(EvidenceType.of(file("broken.docx", new byte[] {'P', 'K', 3, 4, 1, 2})).isEmpty());
  }
}
