package test;

import dev.interactions4j.internal.Checks;
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
 * A trip plan.
 *
 * <p>Structured output support for {@link Itinerary}: its JSON Schema, its {@code OutputType} and a
 * reflection-free parser and writer. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class ItinerarySchema {
  /**
   * The JSON Schema of {@link Itinerary}, using only keywords Gemini accepts.
   */
  public static final String JSON_SCHEMA = "{\"type\":\"object\",\"description\":\"A trip plan.\",\"properties\":{\"city\":{\"type\":\"string\","
      + "\"description\":\"where\"},\"stops\":{\"type\":\"array\",\"description\":\"in order\","
      + "\"items\":{\"type\":\"object\",\"description\":\"One stop.\","
      + "\"properties\":{\"place\":{\"type\":\"string\"},\"minutes\":{\"type\":\"integer\","
      + "\"format\":\"int32\"}},\"required\":[\"place\",\"minutes\"],"
      + "\"propertyOrdering\":[\"place\",\"minutes\"]},\"minItems\":1},"
      + "\"pace\":{\"type\":\"string\",\"description\":\"how busy\",\"enum\":[\"RELAXED\","
      + "\"BUSY\"]}},\"required\":[\"city\",\"stops\",\"pace\"],\"propertyOrdering\":[\"city\","
      + "\"stops\",\"pace\"]}";

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
    List<Itinerary.Stop> stops = null;
    Itinerary.Pace pace = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "city" -> city = in.readString();
        case "stops" -> stops = Checks.items(in, in.readList(ItinerarySchema::readItinerary_Stop), 1, Integer.MAX_VALUE);
        case "pace" -> pace = readItinerary_Pace(in);
        default -> in.skipValue();
      }
    }
    in.require(city, "city", "a string");
    in.require(stops, "stops", "an array");
    in.require(pace, "pace", "one of \"RELAXED\", \"BUSY\"");
    try {
      return new Itinerary(city, stops, pace);
    } catch (RuntimeException e) {
      throw in.rejected("test.Itinerary", e);
    }
  }

  private static void writeItinerary(Itinerary value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("city");
    JsonOutput.writeString(value.city(), generator);
    generator.writeName("stops");
    JsonOutput.writeList(value.stops(), generator, ItinerarySchema::writeItinerary_Stop);
    generator.writeName("pace");
    JsonOutput.writeNullable(value.pace(), generator, ItinerarySchema::writeItinerary_Pace);
    generator.writeEndObject();
  }

  private static Itinerary.Stop readItinerary_Stop(JsonInput in) {
    String place = null;
    Integer minutes = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "place" -> place = in.readString();
        case "minutes" -> minutes = in.readInt();
        default -> in.skipValue();
      }
    }
    in.require(place, "place", "a string");
    in.require(minutes, "minutes", "an integer");
    try {
      return new Itinerary.Stop(place, minutes);
    } catch (RuntimeException e) {
      throw in.rejected("test.Itinerary.Stop", e);
    }
  }

  private static void writeItinerary_Stop(Itinerary.Stop value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("place");
    JsonOutput.writeString(value.place(), generator);
    generator.writeName("minutes");
    JsonOutput.writeNumber(value.minutes(), generator);
    generator.writeEndObject();
  }

  private static Itinerary.Pace readItinerary_Pace(JsonInput in) {
    return switch (in.readString()) {
      case "RELAXED" -> Itinerary.Pace.RELAXED;
      case "BUSY" -> Itinerary.Pace.BUSY;
      default -> throw in.mismatch("one of \"RELAXED\", \"BUSY\"");
    };
  }

  private static void writeItinerary_Pace(Itinerary.Pace value, JsonGenerator generator) {
    generator.writeString(value.name());
  }
}
