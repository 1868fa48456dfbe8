package id.livinglab.assessment;

import id.livinglab.common.InvalidInputException;
import id.livinglab.common.TooLargeException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps evidence files on disk under {@code <data-dir>/evidence}, outside the server domain. A file
 * is read in one pass: counted (the upload stops at the limit, so a 2 GB upload costs at most the
 * limit in disk), hashed (SHA-256) and only then typed from its content. A file whose transaction
 * rolls back is deleted again, so the folder holds only what the database knows; a file on its way
 * in lives in {@code evidence/tmp} and leaves it on every path out of {@link #store}.
 */
@ApplicationScoped
public class EvidenceStore {

  /** What was stored: the key to find it again, its size, hash and kind. */
  public record Stored(String key, long size, String sha256, EvidenceType type) {}

  /** A temporary file older than this belongs to no upload still running. */
  static final Duration STALE = Duration.ofHours(1);

  private static final String PART = ".part";

  @Inject
  @ConfigProperty(name = "livinglab.data-dir")
  String dataDir;

  @Inject
  @ConfigProperty(name = "livinglab.evidence.max-bytes", defaultValue = "20971520")
  long maxBytes;

  @Resource private TransactionSynchronizationRegistry transactions;

  /**
   * Refuses an upload whose declared length ({@code Content-Length}, null when not declared)
   * exceeds the limit plus {@code overhead} (multipart headers) before a byte of it is read.
   */
  public void refuseDeclared(Long length, long overhead) {
    if (length != null && length > maxBytes + overhead) {
      throw tooLarge();
    }
  }

  private TooLargeException tooLarge() {
    return new TooLargeException("error.evidence.tooLarge", maxBytes / (1024 * 1024));
  }

  private Path root() {
    return Path.of(dataDir, "evidence");
  }

  public Path path(String key) {
    return root().resolve(key);
  }

  /**
   * Stores {@code in} (read to its end or to the limit), inside the caller's transaction. The
   * temporary file goes in every case but one, the move to its place: a body cut before its closing
   * boundary, a file too large, of a refused type or a broken connection leaves nothing behind.
   */
  public Stored store(InputStream in) {
    try {
      Path tmp = temporary();
      Files.createDirectories(tmp);
      Path part = tmp.resolve(UUID.randomUUID() + PART);
      try {
        return keep(part, in);
      } finally {
        Files.deleteIfExists(part);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Stored keep(Path part, InputStream in) throws IOException {
    MessageDigest sha256 = sha256();
    long size;
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(part), sha256)) {
      size = copyAtMost(in, out, maxBytes);
    }
    if (size == 0) {
      throw new InvalidInputException("file", "error.evidence.empty");
    }
    EvidenceType type =
        EvidenceType.of(part)
            .orElseThrow(() -> new InvalidInputException("file", "error.evidence.type"));
    String hash = HexFormat.of().formatHex(sha256.digest());
    String key = hash.substring(0, 2) + "/" + UUID.randomUUID() + "." + type.extension();
    Path target = path(key);
    Files.createDirectories(target.getParent());
    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
    deleteOnRollback(target);
    return new Stored(key, size, hash, type);
  }

  /**
   * Deletes the temporary files of uploads that never finished (a server stopped in the middle of
   * one): at start, files older than {@link #STALE}, so that an upload still running on another
   * server sharing the folder keeps its file. Returns how many went.
   */
  public int sweepTemporary() {
    Path tmp = temporary();
    if (!Files.isDirectory(tmp)) {
      return 0;
    }
    Instant before = Instant.now().minus(STALE);
    int deleted = 0;
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(tmp, "*" + PART)) {
      for (Path part : parts) {
        if (Files.getLastModifiedTime(part).toInstant().isBefore(before)
            && Files.deleteIfExists(part)) {
          deleted++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return deleted;
  }

  private Path temporary() {
    return root().resolve("tmp");
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      total += n;
      if (total > limit) {
        throw tooLarge();
      }
      out.write(buffer, 0, n);
    }
    return total;
  }

  private void deleteOnRollback(Path file) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
              try {
                Files.deleteIfExists(file);
              } catch (IOException e) {
                // A file left behind is unreachable (no row names it), never wrong data.
              }
            }
          }
        });
  }
}
