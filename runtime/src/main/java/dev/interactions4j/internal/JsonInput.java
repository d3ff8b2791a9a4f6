package dev.interactions4j.internal;

import dev.interactions4j.schema.JsonReader;
import dev.interactions4j.schema.OutputMismatchException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The reading side of generated parsers: a Jackson {@link JsonParser} plus the JSON pointer of the
 * value being read, so that every {@link OutputMismatchException} says where it happened.
 *
 * <p>Convention: every {@code read*} method starts on the value's first token and leaves the parser
 * on its last token. Containers take a {@link JsonReader} for their elements; values written as
 * formatted strings ({@code java.time}, {@code UUID}, {@code URI}) are read by {@link JsonFormats}.
 *
 * <p>Longer than this project's classes usually are, on purpose: it is the one cursor generated
 * code holds (the parser and the path behind every pointer), and every {@code read*} method must
 * move both together. What does not need the path already lives apart ({@link JsonFormats},
 * {@link JsonArrays}, {@link Checks}); splitting the rest would make generated code name two
 * classes for one read and share the path through package-private state.
 */
public final class JsonInput {
  private static final JsonFactory RAW = new JsonFactory();
  private static final int MAX_INTEGER_DIGITS = 1000;

  private JsonParser parser;
  // Path segments: String for object properties, Integer for array indexes, null before the first.
  private final ArrayList<Object> path = new ArrayList<>();

  /**
   * Wraps a parser; advances it to the first token if it has none yet.
   *
   * @throws OutputMismatchException if the input is empty
   */
  public JsonInput(JsonParser parser) {
    this.parser = parser;
    JsonToken token = parser.currentToken();
    // Also accept a parser left on a property name, as after JsonParser.nextName().
    if ((token == null || token == JsonToken.PROPERTY_NAME) && parser.nextToken() == null) {
      throw mismatch("a JSON value");
    }
  }

  /** The parser, positioned on the current value's token. */
  public JsonParser parser() {
    return parser;
  }

  /** The JSON pointer of the value being read, {@code ""} for the root. */
  public String pointer() {
    StringBuilder pointer = new StringBuilder();
    for (Object segment : path) {
      // null: inside an object or array, before its first member (the container itself).
      if (segment != null) {
        pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
      }
    }
    return pointer.toString();
  }

  /** The JSON pointer of property {@code name} of the object being read. */
  public String pointer(String name) {
    return pointer() + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** A mismatch at the current value: expected {@code expected}, found the current token. */
  public OutputMismatchException mismatch(String expected) {
    return new OutputMismatchException(pointer(), expected, found());
  }

  /** A mismatch for a required property the object being read lacked. */
  public OutputMismatchException missing(String name, String expected) {
    return new OutputMismatchException(pointer(name), expected, "nothing (property missing)");
  }

  /**
   * Checks a required property after its object was read: throws {@link #missing} if {@code value},
   * the property's value, is null because the object lacked it. One call per required property
   * keeps generated parsers small.
   *
   * @throws OutputMismatchException if {@code value} is null
   */
  public void require(Object value, String name, String expected) {
    if (value == null) {
      throw missing(name, expected);
    }
  }

  /**
   * A mismatch for a value the type itself rejected: its constructor (e.g. a record's compact
   * constructor) threw {@code rejection}, so the value cannot be built.
   */
  public OutputMismatchException rejected(String type, RuntimeException rejection) {
    String reason = rejection.getMessage() == null ? rejection.toString() : rejection.getMessage();
    return new OutputMismatchException(
        pointer(), "a value " + type + " accepts", reason, null, null, rejection);
  }

  /** Describes the current token for error messages, quoting at most 60 characters of text. */
  public String found() {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "end of input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        String text = parser.getString();
        return text.length() > 60 ? quote(text.substring(0, 60)) + "..." : quote(text);
      default:
        return parser.getText();
    }
  }

  static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** Whether the current token is JSON {@code null}. */
  public boolean isNull() {
    return parser.currentToken() == JsonToken.VALUE_NULL;
  }

  /** Skips the current value and its children (an unknown property). */
  public void skipValue() {
    parser.skipChildren();
  }

  /**
   * Checks that the current value is an object and enters it; call {@link #nextProperty()} until it
   * returns {@code null}.
   */
  public void beginObject() {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw mismatch("an object");
    }
    path.add(null);
  }

  /**
   * Moves to the next property's value and returns its name, or returns {@code null} and leaves the
   * object when there is none.
   */
  public String nextProperty() {
    int last = path.size() - 1;
    Object previous = path.set(last, null); // between two properties: the object itself
    JsonToken token;
    try {
      token = advance();
    } catch (JacksonException malformed) {
      // Jackson reads a property's value token together with its name, so a malformed value
      // (NaN, a bad literal) fails here, with the name already in the parser's context: the
      // pointer names that property, not the one before it.
      String name = parser.streamReadContext().currentName();
      if (name != null && !name.equals(previous)) {
        path.set(last, name);
      }
      throw malformed;
    }
    if (token == JsonToken.END_OBJECT) {
      path.remove(path.size() - 1);
      return null;
    }
    String name = parser.currentName();
    path.set(path.size() - 1, name);
    advance();
    return name;
  }

  private JsonToken advance() {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw mismatch("more JSON (the input ended early)");
    }
    return token;
  }

  /** Reads an array into an unmodifiable list, each element with {@code element}. */
  public <T> List<T> readList(JsonReader<? extends T> element) {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw mismatch("an array");
    }
    List<T> list = new ArrayList<>();
    path.add(null);
    // The index is set before the element is reached, so that a malformed element names itself.
    for (int index = 0; ; index++) {
      path.set(path.size() - 1, index);
      if (advance() == JsonToken.END_ARRAY) {
        break;
      }
      list.add(element.read(this));
    }
    path.remove(path.size() - 1);
    return Collections.unmodifiableList(list);
  }

  /** Reads an array into an unmodifiable set that keeps the array's order. */
  public <T> Set<T> readSet(JsonReader<? extends T> element) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(readList(element)));
  }

  /** Reads an object's properties into an unmodifiable map that keeps their order. */
  public <V> Map<String, V> readMap(JsonReader<? extends V> value) {
    beginObject();
    Map<String, V> map = new LinkedHashMap<>();
    for (String name = nextProperty(); name != null; name = nextProperty()) {
      map.put(name, value.read(this));
    }
    return Collections.unmodifiableMap(map);
  }

  /** Reads {@code null} as {@code null}, anything else with {@code reader}. */
  public <T> T readNullable(JsonReader<? extends T> reader) {
    return isNull() ? null : reader.read(this);
  }

  /** Reads {@code null} as empty, anything else with {@code reader}. */
  public <T> Optional<T> readOptional(JsonReader<? extends T> reader) {
    return Optional.ofNullable(readNullable(reader));
  }

  /** Reads {@code null} as empty, anything else with {@code reader}. */
  public OptionalInt readOptionalInt(JsonReader<Integer> reader) {
    return isNull() ? OptionalInt.empty() : OptionalInt.of(reader.read(this));
  }

  /** Reads {@code null} as empty, anything else with {@code reader}. */
  public OptionalLong readOptionalLong(JsonReader<Long> reader) {
    return isNull() ? OptionalLong.empty() : OptionalLong.of(reader.read(this));
  }

  /** Reads {@code null} as empty, anything else with {@code reader}. */
  public OptionalDouble readOptionalDouble(JsonReader<Double> reader) {
    return isNull() ? OptionalDouble.empty() : OptionalDouble.of(reader.read(this));
  }

  /** Reads the discriminator of a variant record, which must be {@code tag}. */
  public void readDiscriminator(String tag) {
    if (parser.currentToken() != JsonToken.VALUE_STRING || !parser.getString().equals(tag)) {
      throw mismatch(quote(tag));
    }
  }

  /** Reads any JSON value as compact JSON text (for {@code @RawSchema} components). */
  public String readRawJson() {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = RAW.createGenerator(ObjectWriteContext.empty(), out)) {
      generator.copyCurrentStructure(parser);
    }
    return out.toString();
  }

  // For JsonVariants, which replays a buffered object through this input.
  JsonParser swapParser(JsonParser replacement) {
    JsonParser previous = parser;
    parser = replacement;
    return previous;
  }

  int depth() {
    return path.size();
  }

  void truncate(int depth) {
    path.subList(depth, path.size()).clear();
  }

  /** Reads a string. */
  public String readString() {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw mismatch("a string");
    }
    return parser.getString();
  }

  /** Reads a one-character string. */
  public char readChar() {
    String text = readString();
    if (text.length() == 2 && Character.isSurrogatePair(text.charAt(0), text.charAt(1))) {
      // The schema's pattern says so too: a char holds one UTF-16 unit, not an emoji.
      throw mismatch("one character up to U+FFFF (a Java char cannot hold one beyond it)");
    }
    if (text.length() != 1) {
      throw mismatch("a string of exactly one character");
    }
    return text.charAt(0);
  }

  /** Reads {@code true} or {@code false}. */
  public boolean readBoolean() {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw mismatch("a boolean");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  /** Reads an integer in {@code int} range; {@code 3.0} counts as an integer, as in JSON Schema. */
  public int readInt() {
    return (int) readIntegral(Integer.MIN_VALUE, Integer.MAX_VALUE, "an integer (32-bit)");
  }

  /** Reads an integer in {@code long} range. */
  public long readLong() {
    return readIntegral(Long.MIN_VALUE, Long.MAX_VALUE, "an integer (64-bit)");
  }

  /** Reads an integer in {@code short} range. */
  public short readShort() {
    return (short)
        readIntegral(Short.MIN_VALUE, Short.MAX_VALUE, "an integer from -32768 to 32767");
  }

  /** Reads an integer in {@code byte} range. */
  public byte readByte() {
    return (byte) readIntegral(Byte.MIN_VALUE, Byte.MAX_VALUE, "an integer from -128 to 127");
  }

  private long readIntegral(long min, long max, String expected) {
    BigInteger value = readIntegralValue(expected);
    if (value.compareTo(BigInteger.valueOf(min)) < 0
        || value.compareTo(BigInteger.valueOf(max)) > 0) {
      throw mismatch(expected);
    }
    return value.longValue();
  }

  private BigInteger readIntegralValue(String expected) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return parser.getBigIntegerValue();
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal decimal = parser.getDecimalValue();
      // 1e999999999 is short text but a huge integer: refuse before expanding it.
      if (decimal.precision() - decimal.scale() > MAX_INTEGER_DIGITS) {
        throw mismatch(expected + " of at most " + MAX_INTEGER_DIGITS + " digits");
      }
      try {
        return decimal.toBigIntegerExact();
      } catch (ArithmeticException notIntegral) {
        throw mismatch(expected);
      }
    }
    throw mismatch(expected);
  }

  /** Reads an integer of any size. */
  public BigInteger readBigInteger() {
    return readIntegralValue("an integer");
  }

  /** Reads a number as a {@code double}. */
  public double readDouble() {
    requireNumber();
    double value = parser.getDoubleValue();
    if (Double.isInfinite(value)) {
      throw mismatch("a number in double range");
    }
    return value;
  }

  /** Reads a number as a {@code float}; numbers beyond {@code float} range are a mismatch. */
  public float readFloat() {
    requireNumber();
    float value = (float) parser.getDoubleValue();
    if (Float.isInfinite(value)) {
      throw mismatch("a number in float range");
    }
    return value;
  }

  /** Reads a number exactly. */
  public BigDecimal readBigDecimal() {
    requireNumber();
    return parser.getDecimalValue();
  }

  private void requireNumber() {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw mismatch("a number");
    }
  }

  /**
   * Reads a string and converts it with {@code parse}; a failing conversion is a mismatch.
   *
   * @param expected what the string must be, e.g. {@code "a date (RFC 3339 full-date)"}
   */
  public <T> T readText(String expected, Function<String, T> parse) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw mismatch(expected);
    }
    try {
      return parse.apply(parser.getString());
    } catch (RuntimeException notParsable) {
      if (notParsable instanceof JacksonException) {
        throw notParsable;
      }
      throw mismatch(expected);
    }
  }
}
