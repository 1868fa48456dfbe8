package id.livinglab.api.common;

import id.livinglab.common.InvalidInputException;
import id.livinglab.framework.EvaluationYear;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON request body read by hand, so that every bad input names its field: numbers as decimals
 * (never binary floating point), texts as given. Every endpoint that takes JSON reads it here, and
 * {@link StrictJson} refuses on the way in what none of them takes (deep nesting, duplicate keys,
 * numbers beyond {@link id.livinglab.support.DecimalInput}'s bound, control characters).
 */
public record JsonBody(JsonObject json) {

  /** Larger than any valid body (texts hold 4,000 characters): refused before it is parsed. */
  private static final int MAX_BODY = 64 * 1024;

  /** The body as a JSON object; a missing, oversized or malformed body is refused. */
  public static JsonBody parse(String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidInputException("body", "error.body.missing");
    }
    if (body.length() > MAX_BODY) {
      throw new InvalidInputException("body", "error.body.tooLarge", MAX_BODY);
    }
    if (!(StrictJson.read(body) instanceof JsonObject json)) {
      throw new InvalidInputException("body", "error.body.json");
    }
    return new JsonBody(json);
  }

  public BigDecimal decimal(String field) {
    JsonValue v = json.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(v instanceof JsonNumber n)) {
      throw new InvalidInputException(field, "error.field.number", field);
    }
    return n.bigDecimalValue();
  }

  public Integer integer(String field) {
    BigDecimal d = decimal(field);
    if (d == null) {
      return null;
    }
    try {
      return d.intValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidInputException(field, "error.field.integer", field);
    }
  }

  /** An evaluation year within {@link EvaluationYear#plausible}, or null when absent. */
  public Integer year(String field) {
    JsonValue v = json.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
      throw new InvalidInputException(field, "error.field.integer", field);
    }
    return Params.checkedYear(field, n.bigDecimalValue());
  }

  /** A list of texts, or null when absent. */
  public List<String> texts(String field) {
    JsonValue v = json.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(v instanceof JsonArray array)) {
      throw new InvalidInputException(field, "error.field.array", field);
    }
    List<String> texts = new ArrayList<>();
    for (JsonValue item : array) {
      if (!(item instanceof JsonString s)) {
        throw new InvalidInputException(field, "error.field.string", field);
      }
      texts.add(s.getString());
    }
    return texts;
  }

  public String text(String field) {
    JsonValue v = json.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(v instanceof JsonString s)) {
      throw new InvalidInputException(field, "error.field.string", field);
    }
    return s.getString();
  }

  /** An ISO date ("2026-06-30"), or null when absent. */
  public LocalDate date(String field) {
    return date(field, text(field));
  }

  /** {@code value} as an ISO date, refused naming {@code field}. */
  public static LocalDate date(String field, String value) {
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "error.field.date", field);
    }
  }
}
