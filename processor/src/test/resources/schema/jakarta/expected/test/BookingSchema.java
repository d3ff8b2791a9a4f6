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
 * Constraints from Jakarta Validation and nullability from JSpecify, read by simple name.
 *
 * <p>Structured output support for {@link Booking}: its JSON Schema, its {@code OutputType} and a
 * reflection-free parser and writer. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class BookingSchema {
  /**
   * The JSON Schema of {@link Booking}, using only keywords Gemini accepts.
   */
  public static final String JSON_SCHEMA = "{\"type\":\"object\",\"description\":\"Constraints from Jakarta Validation and nullability from JSpe"
      + "cify, read by simple name.\",\"properties\":{\"guests\":{\"type\":\"integer\","
      + "\"format\":\"int32\",\"minimum\":1},\"names\":{\"type\":\"array\","
      + "\"items\":{\"type\":\"string\",\"pattern\":\"^(?:[A-Z][a-z]+)$\"},"
      + "\"minItems\":1,\"maxItems\":3},\"room\":{\"type\":\"string\","
      + "\"minLength\":1,\"pattern\":\"\\\\S\"},\"contact\":{\"type\":[\"string\","
      + "\"null\"],\"format\":\"email\"}},\"required\":[\"guests\",\"names\","
      + "\"room\"],\"propertyOrdering\":[\"guests\",\"names\",\"room\","
      + "\"contact\"]}";

  /**
   * The structured output type of {@link Booking}: pass it to the client, or parse and write with it.
   */
  public static final OutputType<Booking> TYPE = TrustedSchemas.outputType("test.Booking",
      JSON_SCHEMA, BookingSchema::readBooking, BookingSchema::writeBooking);

  private BookingSchema() {
  }

  /**
   * Reads one {@link Booking} from {@code parser}, validating types, required properties and
   * constraints.
   *
   * @param parser positioned before or on the value's first token
   * @return the value, never half-built
   * @throws OutputMismatchException if the JSON does not match
   */
  public static Booking parse(JsonParser parser) {
    return TYPE.read(parser);
  }

  /**
   * Writes {@code value} as one JSON value.
   *
   * @param value the value to write
   * @param generator where to write it
   */
  public static void write(Booking value, JsonGenerator generator) {
    TYPE.write(value, generator);
  }

  private static Booking readBooking(JsonInput in) {
    Integer guests = null;
    List<String> names = null;
    String room = null;
    String contact = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "guests" -> guests = Checks.range(in, in.readInt(), "1", false, null, false);
        case "names" -> names = Checks.items(in, in.readList(in2 -> Checks.pattern(in2, in2.readString(), "[A-Z][a-z]+")), 1, 3);
        case "room" -> room = Checks.notBlank(in, Checks.length(in, in.readString(), 1, Integer.MAX_VALUE));
        case "contact" -> contact = in.readNullable(in1 -> Checks.email(in1, in1.readString()));
        default -> in.skipValue();
      }
    }
    in.require(guests, "guests", "an integer");
    in.require(names, "names", "an array");
    in.require(room, "room", "a string");
    try {
      return new Booking(guests, names, room, contact);
    } catch (RuntimeException e) {
      throw in.rejected("test.Booking", e);
    }
  }

  private static void writeBooking(Booking value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("guests");
    JsonOutput.writeNumber(value.guests(), generator);
    generator.writeName("names");
    JsonOutput.writeList(value.names(), generator, JsonOutput::writeString);
    generator.writeName("room");
    JsonOutput.writeString(value.room(), generator);
    if (value.contact() != null) {
      generator.writeName("contact");
      JsonOutput.writeString(value.contact(), generator);
    }
    generator.writeEndObject();
  }
}
