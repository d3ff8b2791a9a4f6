package test;

import dev.interactions4j.internal.GeminiGenerated;
import dev.interactions4j.internal.JsonInput;
import dev.interactions4j.internal.JsonOutput;
import dev.interactions4j.internal.TrustedSchemas;
import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.schema.OutputType;
import java.util.List;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Structured output support for {@link Itinerary}: its JSON Schema, its {@code OutputType} and a
 * reflection-free parser and writer. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class ItinerarySchema {
  /**
   * The JSON Schema of {@link Itinerary}, using only keywords Gemini accepts.
   */
  public static final String JSON_SCHEMA = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},"
      + "\"days\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},"
      + "\"required\":[\"city\",\"days\"],\"propertyOrdering\":[\"city\","
      + "\"days\"]}";

  /**
   * The structured output type of {@link Itinerary}: pass it to the client, or parse and write with it.
   */
  public static final OutputType<Itinerary> TYPE = TrustedSchemas.outputType("test.Itinerary",
      JSON_SCHEMA, ItinerarySchema::readItinerary, ItinerarySchema::writeItinerary);

  private ItinerarySchema() {
  }

  /**
   * Reads one {@link Itinerary} from {@code parser}, validating types, required properties and
   * constraints.
   *
   * @param parser positioned before or on the value's first token
   * @return the value, never half-built
   * @throws OutputMismatchException if the JSON does not match
   */
  public static Itinerary parse(JsonParser parser) {
    return TYPE.read(parser);
  }

  /**
   * Writes {@code value} as one JSON value.
   *
   * @param value the value to write
   * @param generator where to write it
   */
  public static void write(Itinerary value, JsonGenerator generator) {
    TYPE.write(value, generator);
  }

  private static Itinerary readItinerary(JsonInput in) {
    String city = null;
    List<String> days = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "city" -> city = in.readString();
        case "days" -> days = in.readList(JsonInput::readString);
        default -> in.skipValue();
      }
    }
    in.require(city, "city", "a string");
    in.require(days, "days", "an array");
    try {
      return new Itinerary(city, days);
    } catch (RuntimeException e) {
      throw in.rejected("test.Itinerary", e);
    }
  }

  private static void writeItinerary(Itinerary value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("city");
    JsonOutput.writeString(value.city(), generator);
    generator.writeName("days");
    JsonOutput.writeList(value.days(), generator, JsonOutput::writeString);
    generator.writeEndObject();
  }
}
