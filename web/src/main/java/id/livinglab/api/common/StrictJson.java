package id.livinglab.api.common;

import id.livinglab.assessment.TextInput;
import id.livinglab.common.InvalidInputException;
import id.livinglab.support.DecimalInput;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads a JSON body into a tree in one pass over the parser's events, refusing on the way what no
 * endpoint takes: nesting deeper than {@value #MAX_DEPTH}, a key given twice (which of the two
 * would count is up to the parser), a number beyond {@link DecimalInput}'s bound, and control
 * characters in any text ({@link TextInput#plain}). Each refusal names the path of the value at
 * fault ({@code levels.1}, {@code steps.0.effort}). The tree is built here rather than by {@code
 * JsonReader} so that these checks hold whatever the server's JSON-P implementation does with
 * duplicates and depth.
 */
final class StrictJson {

  /** The deepest valid body nests three levels ({@code steps[].effort}); 16 leaves room. */
  static final int MAX_DEPTH = 16;

  /** The longest path a refusal names. */
  static final int MAX_FIELD = 100;

  /** Looked up once: {@code Json.create…} finds the provider anew on every call. */
  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of());
  private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());

  private final JsonParser parser;

  private StrictJson(JsonParser parser) {
    this.parser = parser;
  }

  /** The body's value; malformed JSON is refused naming {@code body}. */
  static JsonValue read(String body) {
    try (JsonParser parser = PARSERS.createParser(new StringReader(body))) {
      StrictJson json = new StrictJson(parser);
      JsonValue value = json.value(json.next(), "", 1);
      if (parser.hasNext()) {
        throw new InvalidInputException("body", "error.body.json");
      }
      return value;
    } catch (JsonException | IllegalStateException | NoSuchElementException e) {
      throw new InvalidInputException("body", "error.body.json");
    }
  }

  private JsonParser.Event next() {
    if (!parser.hasNext()) {
      throw new InvalidInputException("body", "error.body.json");
    }
    return parser.next();
  }

  private JsonValue value(JsonParser.Event event, String path, int depth) {
    return switch (event) {
      case START_OBJECT -> object(path, deeper(depth));
      case START_ARRAY -> array(path, deeper(depth));
      case VALUE_STRING -> PROVIDER.createValue(TextInput.plain(field(path), parser.getString()));
      case VALUE_NUMBER -> number(path);
      case VALUE_TRUE -> JsonValue.TRUE;
      case VALUE_FALSE -> JsonValue.FALSE;
      case VALUE_NULL -> JsonValue.NULL;
      default -> throw new InvalidInputException("body", "error.body.json");
    };
  }

  private static int deeper(int depth) {
    if (depth > MAX_DEPTH) {
      throw new InvalidInputException("body", "error.body.depth", MAX_DEPTH);
    }
    return depth + 1;
  }

  private JsonValue object(String path, int depth) {
    JsonObjectBuilder object = BUILDERS.createObjectBuilder();
    Set<String> keys = new HashSet<>();
    for (JsonParser.Event e = next(); e != JsonParser.Event.END_OBJECT; e = next()) {
      String key = TextInput.plain(field(path), parser.getString());
      String child = child(path, key);
      if (!keys.add(key)) {
        throw new InvalidInputException(field(child), "error.body.duplicateKey", field(child));
      }
      object.add(key, value(next(), child, depth));
    }
    return object.build();
  }

  private JsonValue array(String path, int depth) {
    JsonArrayBuilder array = BUILDERS.createArrayBuilder();
    int i = 0;
    for (JsonParser.Event e = next(); e != JsonParser.Event.END_ARRAY; e = next()) {
      array.add(value(e, child(path, String.valueOf(i++)), depth));
    }
    return array.build();
  }

  /** A number, refused from its text before it is turned into a decimal at all. */
  private JsonValue number(String path) {
    String text = parser.getString();
    if (DecimalInput.shortEnough(text)) {
      BigDecimal value = parser.getBigDecimal();
      if (DecimalInput.bounded(value)) {
        return PROVIDER.createValue(value);
      }
    }
    throw new InvalidInputException(
        field(path),
        "error.number.bounds",
        field(path),
        DecimalInput.MAX_INTEGER_DIGITS,
        DecimalInput.MAX_DECIMALS);
  }

  private static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /**
   * The path as an answer names it: the keys in it are the client's own text, so a long one is cut
   * (the answer never carries more than a line of anybody's input).
   */
  private static String field(String path) {
    if (path.isEmpty()) {
      return "body";
    }
    return path.length() <= MAX_FIELD ? path : path.substring(0, MAX_FIELD) + "…";
  }
}
