package test;

import dev.interactions4j.internal.GeminiGenerated;
import dev.interactions4j.internal.JsonInput;
import dev.interactions4j.internal.JsonOutput;
import dev.interactions4j.internal.TrustedSchemas;
import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.schema.OutputType;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * A nested output type
 *
 * <p>Structured output support for {@link Outer.Inner}: its JSON Schema, its {@code OutputType} and a
 * reflection-free parser and writer. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class Outer_InnerSchema {
  /**
   * The JSON Schema of {@link Outer.Inner}, using only keywords Gemini accepts.
   */
  public static final String JSON_SCHEMA = "{\"type\":\"object\",\"description\":\"A nested output type\","
      + "\"properties\":{\"value\":{\"type\":\"string\"}},\"required\":[\"value\"],"
      + "\"propertyOrdering\":[\"value\"]}";

  /**
   * The structured output type of {@link Outer.Inner}: pass it to the client, or parse and write with it.
   */
  public static final OutputType<Outer.Inner> TYPE = TrustedSchemas.outputType("test.Outer.Inner",
      JSON_SCHEMA, Outer_InnerSchema::readOuter_Inner, Outer_InnerSchema::writeOuter_Inner);

  private Outer_InnerSchema() {
  }

  /**
   * Reads one {@link Outer.Inner} from {@code parser}, validating types, required properties and
   * constraints.
   *
   * @param parser positioned before or on the value's first token
   * @return the value, never half-built
   * @throws OutputMismatchException if the JSON does not match
   */
  public static Outer.Inner parse(JsonParser parser) {
    return TYPE.read(parser);
  }

  /**
   * Writes {@code value} as one JSON value.
   *
   * @param value the value to write
   * @param generator where to write it
   */
  public static void write(Outer.Inner value, JsonGenerator generator) {
    TYPE.write(value, generator);
  }

  private static Outer.Inner readOuter_Inner(JsonInput in) {
    String value = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "value" -> value = in.readString();
        default -> in.skipValue();
      }
    }
    in.require(value, "value", "a string");
    try {
      return new Outer.Inner(value);
    } catch (RuntimeException e) {
      throw in.rejected("test.Outer.Inner", e);
    }
  }

  private static void writeOuter_Inner(Outer.Inner value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("value");
    JsonOutput.writeString(value.value(), generator);
    generator.writeEndObject();
  }
}
