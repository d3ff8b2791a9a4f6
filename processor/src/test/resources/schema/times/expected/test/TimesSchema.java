package test;

import dev.interactions4j.internal.GeminiGenerated;
import dev.interactions4j.internal.JsonFormats;
import dev.interactions4j.internal.JsonInput;
import dev.interactions4j.internal.TrustedSchemas;
import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.schema.OutputType;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Values JSON carries as formatted strings.
 *
 * <p>Structured output support for {@link Times}: its JSON Schema, its {@code OutputType} and a
 * reflection-free parser and writer. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class TimesSchema {
  /**
   * The JSON Schema of {@link Times}, using only keywords Gemini accepts.
   */
  public static final String JSON_SCHEMA = "{\"type\":\"object\",\"description\":\"Values JSON carries as formatted strings.\","
      + "\"properties\":{\"at\":{\"type\":\"string\",\"format\":\"date-time\"},"
      + "\"local\":{\"type\":\"string\",\"format\":\"date-time\"},\"day\":{\"type\":\"string\","
      + "\"format\":\"date\"},\"time\":{\"type\":\"string\",\"format\":\"time\"},"
      + "\"dateTime\":{\"type\":\"string\",\"format\":\"date-time\"},"
      + "\"took\":{\"type\":\"string\",\"format\":\"duration\"},\"id\":{\"type\":\"string\","
      + "\"format\":\"uuid\"},\"link\":{\"type\":\"string\",\"format\":\"uri\"}},"
      + "\"required\":[\"at\",\"local\",\"day\",\"time\",\"dateTime\","
      + "\"took\",\"id\",\"link\"],\"propertyOrdering\":[\"at\",\"local\","
      + "\"day\",\"time\",\"dateTime\",\"took\",\"id\",\"link\"]}";

  /**
   * The structured output type of {@link Times}: pass it to the client, or parse and write with it.
   */
  public static final OutputType<Times> TYPE = TrustedSchemas.outputType("test.Times", JSON_SCHEMA,
      TimesSchema::readTimes, TimesSchema::writeTimes);

  private TimesSchema() {
  }

  /**
   * Reads one {@link Times} from {@code parser}, validating types, required properties and
   * constraints.
   *
   * @param parser positioned before or on the value's first token
   * @return the value, never half-built
   * @throws OutputMismatchException if the JSON does not match
   */
  public static Times parse(JsonParser parser) {
    return TYPE.read(parser);
  }

  /**
   * Writes {@code value} as one JSON value.
   *
   * @param value the value to write
   * @param generator where to write it
   */
  public static void write(Times value, JsonGenerator generator) {
    TYPE.write(value, generator);
  }

  private static Times readTimes(JsonInput in) {
    Instant at = null;
    OffsetDateTime local = null;
    LocalDate day = null;
    LocalTime time = null;
    LocalDateTime dateTime = null;
    Duration took = null;
    UUID id = null;
    URI link = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "at" -> at = JsonFormats.readInstant(in);
        case "local" -> local = JsonFormats.readOffsetDateTime(in);
        case "day" -> day = JsonFormats.readLocalDate(in);
        case "time" -> time = JsonFormats.readLocalTime(in);
        case "dateTime" -> dateTime = JsonFormats.readLocalDateTime(in);
        case "took" -> took = JsonFormats.readDuration(in);
        case "id" -> id = JsonFormats.readUuid(in);
        case "link" -> link = JsonFormats.readUri(in);
        default -> in.skipValue();
      }
    }
    in.require(at, "at", "a string in format date-time");
    in.require(local, "local", "a string in format date-time");
    in.require(day, "day", "a string in format date");
    in.require(time, "time", "a string in format time");
    in.require(dateTime, "dateTime", "a string in format date-time");
    in.require(took, "took", "a string in format duration");
    in.require(id, "id", "a string in format uuid");
    in.require(link, "link", "a string in format uri");
    try {
      return new Times(at, local, day, time, dateTime, took, id, link);
    } catch (RuntimeException e) {
      throw in.rejected("test.Times", e);
    }
  }

  private static void writeTimes(Times value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("at");
    JsonFormats.writeInstant(value.at(), generator);
    generator.writeName("local");
    JsonFormats.writeOffsetDateTime(value.local(), generator);
    generator.writeName("day");
    JsonFormats.writeLocalDate(value.day(), generator);
    generator.writeName("time");
    JsonFormats.writeLocalTime(value.time(), generator);
    generator.writeName("dateTime");
    JsonFormats.writeLocalDateTime(value.dateTime(), generator);
    generator.writeName("took");
    JsonFormats.writeText(value.took(), generator);
    generator.writeName("id");
    JsonFormats.writeText(value.id(), generator);
    generator.writeName("link");
    JsonFormats.writeText(value.link(), generator);
    generator.writeEndObject();
  }
}
