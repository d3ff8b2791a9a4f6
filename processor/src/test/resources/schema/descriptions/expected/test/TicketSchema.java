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
 * A support ticket, as filed by a customer.
 *
 * <p>Structured output support for {@link Ticket}: its JSON Schema, its {@code OutputType} and a
 * reflection-free parser and writer. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class TicketSchema {
  /**
   * The JSON Schema of {@link Ticket}, using only keywords Gemini accepts.
   */
  public static final String JSON_SCHEMA = "{\"type\":\"object\",\"description\":\"A support ticket, as filed by a customer. Use Ticket for anyt"
      + "hing.\\n\\nSecond paragraph with markup.\",\"properties\":{\"title\":{\"type\":\"string\","
      + "\"description\":\"short summary, at most 80 characters\"},\"body\":{\"type\":\"string\","
      + "\"description\":\"Overrides the @param text\"},\"prio\":{\"type\":\"string\","
      + "\"description\":\"how urgent\\n- LOW: Can wait.\\n- high: Needs an answer today\","
      + "\"enum\":[\"LOW\",\"high\"]},\"labels\":{\"type\":\"array\","
      + "\"description\":\"free-form labels\",\"items\":{\"type\":\"string\"}}},"
      + "\"required\":[\"title\",\"body\",\"prio\",\"labels\"],\"propertyOrdering\":[\"title\","
      + "\"body\",\"prio\",\"labels\"]}";

  /**
   * The structured output type of {@link Ticket}: pass it to the client, or parse and write with it.
   */
  public static final OutputType<Ticket> TYPE = TrustedSchemas.outputType("test.Ticket",
      JSON_SCHEMA, TicketSchema::readTicket, TicketSchema::writeTicket);

  private TicketSchema() {
  }

  /**
   * Reads one {@link Ticket} from {@code parser}, validating types, required properties and
   * constraints.
   *
   * @param parser positioned before or on the value's first token
   * @return the value, never half-built
   * @throws OutputMismatchException if the JSON does not match
   */
  public static Ticket parse(JsonParser parser) {
    return TYPE.read(parser);
  }

  /**
   * Writes {@code value} as one JSON value.
   *
   * @param value the value to write
   * @param generator where to write it
   */
  public static void write(Ticket value, JsonGenerator generator) {
    TYPE.write(value, generator);
  }

  private static Ticket readTicket(JsonInput in) {
    String title = null;
    String body = null;
    Ticket.Priority priority = null;
    List<String> labels = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "title" -> title = in.readString();
        case "body" -> body = in.readString();
        case "prio" -> priority = Ticket_PrioritySchema.TYPE.reader().read(in);
        case "labels" -> labels = in.readList(JsonInput::readString);
        default -> in.skipValue();
      }
    }
    in.require(title, "title", "a string");
    in.require(body, "body", "a string");
    in.require(priority, "prio", "one of \"LOW\", \"high\"");
    in.require(labels, "labels", "an array");
    try {
      return new Ticket(title, body, priority, labels);
    } catch (RuntimeException e) {
      throw in.rejected("test.Ticket", e);
    }
  }

  private static void writeTicket(Ticket value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("title");
    JsonOutput.writeString(value.title(), generator);
    generator.writeName("body");
    JsonOutput.writeString(value.body(), generator);
    generator.writeName("prio");
    JsonOutput.writeNullable(value.priority(), generator, Ticket_PrioritySchema.TYPE.writer());
    generator.writeName("labels");
    JsonOutput.writeList(value.labels(), generator, JsonOutput::writeString);
    generator.writeEndObject();
  }
}
