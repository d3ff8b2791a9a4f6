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
 * A place.
 *
 * <p>Structured output support for {@link Place}: its JSON Schema, its {@code OutputType} and a
 * reflection-free parser and writer. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class PlaceSchema {
  /**
   * The JSON Schema of {@link Place}, using only keywords Gemini accepts.
   */
  public static final String JSON_SCHEMA = "{\"type\":\"object\",\"description\":\"A place.\",\"properties\":{\"name\":{\"type\":\"string\","
      + "\"description\":\"what it is called\"},\"location\":{\"type\":\"object\","
      + "\"description\":\"where it is, as the user's own JSON shape\","
      + "\"properties\":{\"lat\":{\"type\":\"number\"},\"lng\":{\"type\":\"number\"}},"
      + "\"required\":[\"lat\",\"lng\"]}},\"required\":[\"name\",\"location\"],"
      + "\"propertyOrdering\":[\"name\",\"location\"]}";

  /**
   * The structured output type of {@link Place}: pass it to the client, or parse and write with it.
   */
  public static final OutputType<Place> TYPE = TrustedSchemas.outputType("test.Place", JSON_SCHEMA,
      PlaceSchema::readPlace, PlaceSchema::writePlace);

  private PlaceSchema() {
  }

  /**
   * Reads one {@link Place} from {@code parser}, validating types, required properties and
   * constraints.
   *
   * @param parser positioned before or on the value's first token
   * @return the value, never half-built
   * @throws OutputMismatchException if the JSON does not match
   */
  public static Place parse(JsonParser parser) {
    return TYPE.read(parser);
  }

  /**
   * Writes {@code value} as one JSON value.
   *
   * @param value the value to write
   * @param generator where to write it
   */
  public static void write(Place value, JsonGenerator generator) {
    TYPE.write(value, generator);
  }

  private static Place readPlace(JsonInput in) {
    String name = null;
    String location = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "name" -> name = in.readString();
        case "location" -> location = in.readRawJson();
        default -> in.skipValue();
      }
    }
    in.require(name, "name", "a string");
    in.require(location, "location", "a JSON value");
    try {
      return new Place(name, location);
    } catch (RuntimeException e) {
      throw in.rejected("test.Place", e);
    }
  }

  private static void writePlace(Place value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("name");
    JsonOutput.writeString(value.name(), generator);
    generator.writeName("location");
    JsonOutput.writeRawJson(value.location(), generator);
    generator.writeEndObject();
  }
}
