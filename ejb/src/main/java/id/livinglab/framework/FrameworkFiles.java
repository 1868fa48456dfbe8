package id.livinglab.framework;

import id.livinglab.support.Csv;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Reads a framework version from its files (format in {@code reference/README.md}): {@code
 * framework.properties}, {@code nodes.csv}, {@code criteria.csv}. A new regulation is a new folder
 * of files, not new code.
 */
public final class FrameworkFiles {

  /** Opens a file of the framework folder by name. */
  @FunctionalInterface
  public interface Source {
    InputStream open(String fileName) throws IOException;
  }

  /** Where the shipped frameworks live on the class path. */
  public static final String SHIPPED = "/reference/frameworks/";

  private FrameworkFiles() {}

  /** The frameworks shipped in the application, from the class path. */
  /**
   * The shipped SPBE 2020 → Pemdi 2026 crosswalk: unofficial (no KemenPANRB crosswalk exists), for
   * reference beside a Pemdi indicator, never for converting scores.
   */
  public static Crosswalk shippedCrosswalk() {
    return Crosswalk.read(
        "spbe-2020",
        "pemdi-2026",
        false,
        id.livinglab.common.ShippedFiles.csv("pemdi/crosswalk-spbe2020-pemdi2026-UNOFFICIAL.csv"));
  }

  public static Source shipped(String code) {
    return name -> {
      InputStream in = FrameworkFiles.class.getResourceAsStream(SHIPPED + code + "/" + name);
      if (in == null) {
        throw new IOException("no " + name + " for framework " + code);
      }
      return in;
    };
  }

  /** The files of a framework folder, in the order their hash is taken. */
  static final List<String> FILES =
      List.of("framework.properties", "nodes.csv", "criteria.csv", "scales.csv");

  private static final String READER_VERSION = "2";

  public static FrameworkVersion read(Source source) {
    try {
      Map<String, byte[]> files = new HashMap<>();
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      // The reader's own version is part of the hash: when it learns to keep more of the files
      // (V6: descriptions, pembina, evidence hints), stored versions are read again.
      sha256.update(READER_VERSION.getBytes(StandardCharsets.UTF_8));
      for (String name : FILES) {
        try (InputStream in = source.open(name)) {
          byte[] bytes = in.readAllBytes();
          files.put(name, bytes);
          sha256.update(bytes);
        }
      }
      Source inMemory = name -> new ByteArrayInputStream(files.get(name));
      return read(inMemory, HexFormat.of().formatHex(sha256.digest()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static FrameworkVersion read(Source source, String hash) {
    try {
      Properties p = new Properties();
      try (Reader r = reader(source.open("framework.properties"))) {
        p.load(r);
      }
      FrameworkVersion framework =
          new FrameworkVersion(
              required(p, "code"),
              required(p, "name.id"),
              p.getProperty("name.en"),
              p.getProperty("regulation"),
              new BigDecimal(required(p, "level.min")),
              new BigDecimal(required(p, "level.max")),
              new BigDecimal(required(p, "level.step")),
              BandBoundary.valueOf(p.getProperty("band.boundary", "UPPER_OPENS")));
      for (String band : required(p, "bands").split(",")) {
        String[] parts = band.split(":", 3);
        framework
            .getBands()
            .add(new PredicateBand(new BigDecimal(parts[0].trim()), parts[1], parts[2]));
      }
      framework.setWeightsUncertain(Boolean.parseBoolean(p.getProperty("weights.uncertain")));
      framework.setRoundingRule(
          new RoundingRule(
              Integer.parseInt(p.getProperty("rounding.decimals", "2").trim()),
              RoundingMode.valueOf(p.getProperty("rounding.mode", "HALF_UP").trim())));
      framework.setSourceHash(hash);
      readNodes(source, framework);
      readScales(source, framework);
      return framework;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void readNodes(Source source, FrameworkVersion framework) throws IOException {
    Map<String, FrameworkNode> byCode = new HashMap<>();
    Set<String> known = new LinkedHashSet<>();
    int position = 0;
    try (Reader r = reader(source.open("nodes.csv"))) {
      for (Csv.Row row : Csv.read(r)) {
        String parent = row.get("parent");
        if (!parent.isEmpty() && !known.contains(parent)) {
          throw new IllegalArgumentException(
              "nodes.csv line " + row.line() + ": parent " + parent + " is not defined above");
        }
        FrameworkNode node =
            new FrameworkNode(
                framework,
                parent.isEmpty() ? null : parent,
                row.get("code"),
                NodeKind.valueOf(row.get("kind")),
                row.get("name_id"),
                row.get("name_en").isEmpty() ? null : row.get("name_en"),
                new BigDecimal(row.get("weight")),
                position++);
        node.setScale(row.get("scale").isEmpty() ? null : row.get("scale"));
        node.setQuestion(row.get("question").isEmpty() ? null : row.get("question"));
        node.describe(
            orNull(row.get("description")),
            orNull(row.get("pembina")),
            orNull(row.get("functions")),
            orNull(row.get("external_index")),
            orNull(row.get("evidence")));
        framework.getNodes().add(node);
        byCode.put(node.getCode(), node);
        known.add(node.getCode());
      }
    }
    try (Reader r = reader(source.open("criteria.csv"))) {
      List<Csv.Row> rows = Csv.read(r);
      for (Csv.Row row : rows) {
        FrameworkNode node = byCode.get(row.get("indicator"));
        if (node == null) {
          throw new IllegalArgumentException(
              "criteria.csv line " + row.line() + ": unknown indicator " + row.get("indicator"));
        }
        node.getCriteria()
            .add(new LevelCriterion(Integer.parseInt(row.get("level")), row.get("text")));
      }
    }
  }

  private static void readScales(Source source, FrameworkVersion framework) throws IOException {
    try (Reader r = reader(source.open("scales.csv"))) {
      for (Csv.Row row : Csv.read(r)) {
        framework
            .getLevelLabels()
            .add(
                new LevelLabel(
                    Integer.parseInt(row.get("level")),
                    row.get("scale"),
                    row.get("label_id"),
                    row.get("label_en").isEmpty() ? null : row.get("label_en"),
                    row.get("aliases").isEmpty() ? null : row.get("aliases")));
      }
    }
  }

  private static String orNull(String value) {
    return value.isEmpty() ? null : value;
  }

  private static String required(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("framework.properties has no " + key);
    }
    return value.trim();
  }

  static Reader reader(InputStream in) {
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
