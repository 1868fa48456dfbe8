package id.livinglab.web.common;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Builds Chart.js configurations for {@code <p:chart value>}: PrimeFaces bundles Chart.js, so
 * charts render from the WAR with nothing loaded from the internet. Values stay decimals in the
 * JSON, never binary floating point.
 *
 * <p>The JSON goes into an inline {@code <script>} that PrimeFaces writes, where a label such as a
 * peer group's name {@code G</script><script>…} would end the script and run the rest: {@link
 * #toJson()} therefore escapes every character that means something to HTML ({@code < > &}) and the
 * two line separators that end a JavaScript string in older engines (U+2028, U+2029) as JSON
 * backslash-u escapes. JSON allows those escapes only inside strings, which is the only place such
 * characters can appear in a JSON text, so the value the chart reads is unchanged.
 */
public final class ChartJson {

  /** The palette: readable on white, distinguishable in grey print. */
  private static final List<String> COLOURS =
      List.of("#1f6f8b", "#e07a1f", "#5a9e3a", "#8a4fa3", "#c0392b", "#6b6b6b");

  /**
   * One factory for every chart: each {@code Json.createObjectBuilder()} looks the JSON provider up
   * through the ServiceLoader, a scan of the server's class loaders that stack samples of portraits
   * rendered under load kept catching (a portrait makes about twenty builders).
   */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private final String type;
  private final JsonArrayBuilder labels = JSON.createArrayBuilder();
  private final JsonArrayBuilder datasets = JSON.createArrayBuilder();
  private final JsonObjectBuilder options = JSON.createObjectBuilder();
  private int series;

  private ChartJson(String type) {
    this.type = type;
  }

  public static ChartJson line() {
    return new ChartJson("line");
  }

  public static ChartJson bar() {
    return new ChartJson("bar");
  }

  public static ChartJson radar() {
    return new ChartJson("radar");
  }

  public ChartJson labels(List<String> values) {
    values.forEach(labels::add);
    return this;
  }

  /** A series; a null value is a gap (a framework break in a trend line). */
  public ChartJson series(String label, List<BigDecimal> values) {
    JsonArrayBuilder data = JSON.createArrayBuilder();
    for (BigDecimal v : values) {
      if (v == null) {
        data.addNull();
      } else {
        data.add(v);
      }
    }
    String colour = COLOURS.get(series++ % COLOURS.size());
    datasets.add(
        JSON.createObjectBuilder()
            .add("label", label)
            .add("data", data)
            .add("borderColor", colour)
            .add("backgroundColor", type.equals("bar") ? colour : colour + "33")
            .add("spanGaps", false)
            .add("tension", 0.15));
    return this;
  }

  /** The value axis from 0 to {@code max} (5 for every index so far). */
  public ChartJson scale(int max) {
    JsonObjectBuilder axis = JSON.createObjectBuilder().add("min", 0).add("max", max);
    if (type.equals("radar")) {
      options.add("scales", JSON.createObjectBuilder().add("r", axis));
    } else {
      options.add("scales", JSON.createObjectBuilder().add(type.equals("bar") ? "x" : "y", axis));
    }
    if (type.equals("bar")) {
      options.add("indexAxis", "y");
    }
    return this;
  }

  public String toJson() {
    return forScript(
        JSON.createObjectBuilder()
            .add("type", type)
            .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add("options", options)
            .build()
            .toString());
  }

  /** A JSON text made safe to stand inside an HTML {@code <script>} element (see the class). */
  static String forScript(String json) {
    StringBuilder out = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
