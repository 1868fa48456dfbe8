package id.livinglab.web.common;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Builds Chart.js configurations for {@code <p:chart value>}: PrimeFaces bundles Chart.js, so
 * charts render from the WAR with nothing loaded from the internet. Values stay decimals in the
 * JSON, never binary floating point.
 */
public final class ChartJson {

  /** The palette: readable on white, distinguishable in grey print. */
  private static final List<String> COLOURS =
      List.of("#1f6f8b", "#e07a1f", "#5a9e3a", "#8a4fa3", "#c0392b", "#6b6b6b");

  private final String type;
  private final JsonArrayBuilder labels = Json.createArrayBuilder();
  private final JsonArrayBuilder datasets = Json.createArrayBuilder();
  private final JsonObjectBuilder options = Json.createObjectBuilder();
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
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (BigDecimal v : values) {
      if (v == null) {
        data.addNull();
      } else {
        data.add(v);
      }
    }
    String colour = COLOURS.get(series++ % COLOURS.size());
    datasets.add(
        Json.createObjectBuilder()
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
    JsonObjectBuilder axis = Json.createObjectBuilder().add("min", 0).add("max", max);
    if (type.equals("radar")) {
      options.add("scales", Json.createObjectBuilder().add("r", axis));
    } else {
      options.add("scales", Json.createObjectBuilder().add(type.equals("bar") ? "x" : "y", axis));
    }
    if (type.equals("bar")) {
      options.add("indexAxis", "y");
    }
    return this;
  }

  public String toJson() {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }
}
