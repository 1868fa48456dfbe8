package id.livinglab.api.common;

import id.livinglab.common.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;

/**
 * A JSON request body read by hand, so that every bad input names its field: numbers as decimals
 * (never binary floating point), texts as given. Every endpoint that takes JSON reads it here.
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
    try {
      return new JsonBody(Json.createReader(new StringReader(body)).readObject());
    } catch (JsonException | IllegalStateException e) {
      throw new InvalidInputException("body", "error.body.json");
    }
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
  public java.time.LocalDate date(String field) {
    return date(field, text(field));
  }

  /** {@code value} as an ISO date, refused naming {@code field}. */
  public static java.time.LocalDate date(String field, String value) {
    try {
      return value == null ? null : java.time.LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException(field, "error.field.date", field);
    }
  }
}
