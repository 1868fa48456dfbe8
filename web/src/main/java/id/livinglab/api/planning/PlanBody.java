package id.livinglab.api.planning;

import id.livinglab.api.common.JsonBody;
import id.livinglab.api.framework.ScoreRequest;
import id.livinglab.common.InvalidInputException;
import id.livinglab.planning.Goal;
import id.livinglab.planning.PlanRequest;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The body of the plan endpoint, read by hand so that every bad input names its field: {@code year}
 * and {@code levels} as for scoring, exactly one of {@code target} ({@code {"predicate": "Sangat
 * Baik"}} or {@code {"index": 3.5}}) and {@code budget}, optional {@code effort}, {@code maxSteps}
 * and {@code exclude}. Numbers are read as decimals, never through binary floating point.
 */
record PlanBody(Integer year, PlanRequest request) {

  static PlanBody parse(String body) {
    JsonObject json = JsonBody.parse(body).json();
    ScoreRequest scored = ScoreRequest.from(json);
    JsonValue target = given(json, "target");
    JsonValue budget = given(json, "budget");
    if ((target == null) == (budget == null)) {
      throw new InvalidInputException("target", "error.plan.goal");
    }
    Goal goal = target != null ? target(target) : new Goal.Budget(number(budget, "budget"));
    return new PlanBody(
        scored.year(),
        new PlanRequest(
            scored.levels(),
            null,
            goal,
            effort(given(json, "effort")),
            maxSteps(given(json, "maxSteps")),
            exclude(given(json, "exclude"))));
  }

  private static JsonValue given(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
  }

  private static Goal target(JsonValue value) {
    if (!(value instanceof JsonObject target)) {
      throw new InvalidInputException("target", "error.field.object", "target");
    }
    JsonValue predicate = given(target, "predicate");
    JsonValue index = given(target, "index");
    if ((predicate == null) == (index == null)) {
      throw new InvalidInputException("target", "error.plan.target");
    }
    if (index != null) {
      return new Goal.Index(number(index, "target.index"));
    }
    if (!(predicate instanceof JsonString name)) {
      throw new InvalidInputException("target.predicate", "error.field.string", "target.predicate");
    }
    return new Goal.Predicate(name.getString());
  }

  private static BigDecimal number(JsonValue value, String field) {
    if (!(value instanceof JsonNumber n)) {
      throw new InvalidInputException(field, "error.field.number", field);
    }
    return n.bigDecimalValue();
  }

  private static JsonObject object(JsonValue value, String field) {
    if (value != null && !(value instanceof JsonObject)) {
      throw new InvalidInputException(field, "error.field.object", field);
    }
    return (JsonObject) value;
  }

  private static Map<String, List<BigDecimal>> effort(JsonValue value) {
    Map<String, List<BigDecimal>> effort = new LinkedHashMap<>();
    JsonObject json = object(value, "effort");
    if (json != null) {
      for (Map.Entry<String, JsonValue> e : json.entrySet()) {
        String field = "effort." + e.getKey();
        if (!(e.getValue() instanceof JsonArray steps)) {
          throw new InvalidInputException(field, "error.field.array", field);
        }
        List<BigDecimal> values = new ArrayList<>();
        for (JsonValue step : steps) {
          values.add(number(step, field));
        }
        effort.put(e.getKey(), values);
      }
    }
    return effort;
  }

  private static Map<String, Integer> maxSteps(JsonValue value) {
    Map<String, Integer> caps = new LinkedHashMap<>();
    JsonObject json = object(value, "maxSteps");
    if (json != null) {
      for (Map.Entry<String, JsonValue> e : json.entrySet()) {
        String field = "maxSteps." + e.getKey();
        if (!(e.getValue() instanceof JsonNumber n) || !n.isIntegral()) {
          throw new InvalidInputException(field, "error.field.integer", field);
        }
        BigDecimal cap = n.bigDecimalValue();
        caps.put(
            e.getKey(),
            cap.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                ? Integer.MAX_VALUE
                : cap.max(BigDecimal.valueOf(-1)).intValue());
      }
    }
    return caps;
  }

  private static Set<String> exclude(JsonValue value) {
    Set<String> exclude = new LinkedHashSet<>();
    if (value != null) {
      if (!(value instanceof JsonArray codes)) {
        throw new InvalidInputException("exclude", "error.field.array", "exclude");
      }
      for (JsonValue code : codes) {
        if (!(code instanceof JsonString s)) {
          throw new InvalidInputException("exclude", "error.field.string", "exclude");
        }
        exclude.add(s.getString());
      }
    }
    return exclude;
  }
}
