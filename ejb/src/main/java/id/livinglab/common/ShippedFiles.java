package id.livinglab.common;

import id.livinglab.support.Csv;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the reference CSV files shipped on the class path under {@code /reference/}. */
public final class ShippedFiles {

  private ShippedFiles() {}

  public static List<Csv.Row> csv(String path) {
    try (InputStream in = ShippedFiles.class.getResourceAsStream("/reference/" + path)) {
      if (in == null) {
        throw new IllegalStateException("reference file missing from the build: " + path);
      }
      return Csv.read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
