package dev.interactions4j.internal;

import dev.interactions4j.schema.JsonWriter;
import dev.interactions4j.schema.OutputType;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The writing side of generated writers: scalar writers shaped as {@link JsonWriter}s and
 * combinators for collections and maps. A {@code null} where a value is required is written as JSON
 * {@code null}, like Jackson does; only the parser enforces the schema.
 */
public final class JsonOutput {
  // Thread-safe and stateless once built, like OutputType's.
  private static final JsonFactory JSON = new JsonFactory();

  private JsonOutput() {}

  /**
   * {@code value} as compact JSON text, written with {@code writer}: what {@link
   * OutputType#write(Object)} does, for generated code that only ever writes a type (a function's
   * result) and so needs no {@code OutputType} for it.
   */
  public static <T> String toJson(T value, JsonWriter<? super T> writer) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      writer.write(value, generator);
    }
    return out.toString();
  }

  /** Writes a string. */
  public static void writeString(String value, JsonGenerator generator) {
    generator.writeString(value);
  }

  /** Writes a character as a one-character string. */
  public static void writeChar(Character value, JsonGenerator generator) {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeString(value.toString());
    }
  }

  /** Writes a boolean. */
  public static void writeBoolean(Boolean value, JsonGenerator generator) {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeBoolean(value);
    }
  }

  /** Writes any boxed primitive number, {@link BigDecimal} or {@link BigInteger} exactly. */
  public static void writeNumber(Number value, JsonGenerator generator) {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      generator.writeNumber(value.intValue());
    } else if (value instanceof Long) {
      generator.writeNumber(value.longValue());
    } else if (value instanceof Float) {
      generator.writeNumber(value.floatValue());
    } else if (value instanceof BigDecimal) {
      generator.writeNumber((BigDecimal) value);
    } else if (value instanceof BigInteger) {
      generator.writeNumber((BigInteger) value);
    } else {
      generator.writeNumber(value.doubleValue());
    }
  }

  /** Writes a collection as an array, each element with {@code element}. */
  public static <T> void writeList(
      Collection<? extends T> value, JsonGenerator generator, JsonWriter<? super T> element) {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartArray();
    for (T item : value) {
      writeNullable(item, generator, element);
    }
    generator.writeEndArray();
  }

  /** Writes a map with string keys as an object, each value with {@code element}. */
  public static <V> void writeMap(
      Map<String, ? extends V> value, JsonGenerator generator, JsonWriter<? super V> element) {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    for (Map.Entry<String, ? extends V> entry : value.entrySet()) {
      generator.writeName(entry.getKey());
      writeNullable(entry.getValue(), generator, element);
    }
    generator.writeEndObject();
  }

  /** Writes {@code null} as JSON {@code null}, anything else with {@code writer}. */
  public static <T> void writeNullable(
      T value, JsonGenerator generator, JsonWriter<? super T> writer) {
    if (value == null) {
      generator.writeNull();
    } else {
      writer.write(value, generator);
    }
  }

  /** Writes JSON text verbatim (for {@code @RawSchema} components). */
  public static void writeRawJson(String value, JsonGenerator generator) {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeRawValue(value);
    }
  }
}
