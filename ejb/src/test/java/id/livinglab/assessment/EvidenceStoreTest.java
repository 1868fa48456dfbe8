package id.livinglab.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.common.InvalidInputException;
import id.livinglab.common.TooLargeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever goes wrong while a file comes in, {@code evidence/tmp} keeps nothing of it. */
class EvidenceStoreTest {

  @TempDir Path dataDir;

  private EvidenceStore store() {
    EvidenceStore store = new EvidenceStore();
    store.dataDir = dataDir.toString();
    store.maxBytes = 1024;
    return store;
  }

  private Path tmp() {
    return dataDir.resolve("evidence").resolve("tmp");
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(tmp())) {
      return files.toList();
    }
  }

  /** A PDF's first bytes, then what a multipart reader throws on a body cut short. */
  private static InputStream cutOff(RuntimeException failure) {
    return new SequenceInputStream(
        new ByteArrayInputStream("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)),
        new InputStream() {
          @Override
          public int read() {
            throw failure;
          }
        });
  }

  @Test
  void aBodyCutBeforeItsBoundaryLeavesNothing() throws IOException {
    EvidenceStore store = store();
    InvalidInputException cut = new InvalidInputException("file", "error.evidence.multipart");

    assertThrows(InvalidInputException.class, () -> store.store(cutOff(cut)));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void aBrokenConnectionTooLargeEmptyOrUntypedFileLeavesNothing() throws IOException {
    EvidenceStore store = store();
    UncheckedIOException broken = new UncheckedIOException(new IOException("reset"));

    assertThrows(UncheckedIOException.class, () -> store.store(cutOff(broken)));
    assertThrows(
        TooLargeException.class, () -> store.store(new ByteArrayInputStream(new byte[2048])));
    assertThrows(
        InvalidInputException.class, () -> store.store(new ByteArrayInputStream(new byte[0])));
    assertThrows(
        InvalidInputException.class,
        () -> store.store(new ByteArrayInputStream("<html>".getBytes(StandardCharsets.UTF_8))));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void theSweepAtStartDeletesStalePartsOnly() throws IOException {
    Files.createDirectories(tmp());
    Path stale = Files.writeString(tmp().resolve("a.part"), "%PDF-");
    Files.setLastModifiedTime(
        stale, FileTime.from(Instant.now().minus(EvidenceStore.STALE).minusSeconds(60)));
    Path running = Files.writeString(tmp().resolve("b.part"), "%PDF-");

    assertEquals(1, store().sweepTemporary());
    assertFalse(Files.exists(stale));
    assertTrue(Files.exists(running), "an upload still running elsewhere keeps its file");
  }

  @Test
  void theSweepWithoutAFolderDoesNothing() {
    assertEquals(0, store().sweepTemporary());
  }
}
