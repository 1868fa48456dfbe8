package id.livinglab.api.framework;

import id.livinglab.api.common.JsonBody;
import id.livinglab.common.InvalidInputException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of the score endpoint, {@code {"year": 2021, "levels": {"1": 4, …}}}, read by hand so
 * that every bad input is answered with the exact field at fault. Numbers are read as decimals,
 * never through binary floating point.
 */
public record ScoreRequest(Integer year, Map<String, BigDecimal> levels) {

  static ScoreRequest parse(String body) {
    return from(JsonBody.parse(body).json());
  }

  /** {@code year} and {@code levels} of a body, as the score and plan endpoints take them. */
  public static ScoreRequest from(JsonObject json) {
    Integer year = new JsonBody(json).year("year");
    JsonValue levelsValue = json.get("levels");
    if (!(levelsValue instanceof JsonObject levelsObject)) {
      throw new InvalidInputException("levels", "error.field.object", "levels");
    }
    Map<String, BigDecimal> levels = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> e : levelsObject.entrySet()) {
      if (!(e.getValue() instanceof JsonNumber n)) {
        throw new InvalidInputException(
            "levels." + e.getKey(), "error.field.number", "levels." + e.getKey());
      }
      levels.put(e.getKey(), n.bigDecimalValue());
    }
    return new ScoreRequest(year, levels);
  }
}
