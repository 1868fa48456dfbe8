package id.livinglab.it.api;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test domain's {@code server.log} (it.server.log, from the build), read from a mark: what the
 * server wrote while a test made its requests. The server writes its log asynchronously, so {@link
 * #since} waits until the file stops growing.
 */
final class ServerLog {

  private final Path file = Path.of(System.getProperty("it.server.log", "server.log"));

  /** Where the log ends now. */
  long mark() throws IOException {
    return Files.exists(file) ? Files.size(file) : 0;
  }

  /** What was written after {@code mark}, once the log has been quiet for half a second. */
  String since(long mark) throws IOException, InterruptedException {
    long size = -1;
    for (int i = 0; i < 20; i++) {
      Thread.sleep(500);
      long now = mark();
      if (now == size) {
        break;
      }
      size = now;
    }
    // Rotated meanwhile: the new file holds only what came after.
    long from = size < mark ? 0 : mark;
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      in.seek(from);
      byte[] bytes = new byte[(int) (size - from)];
      in.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
