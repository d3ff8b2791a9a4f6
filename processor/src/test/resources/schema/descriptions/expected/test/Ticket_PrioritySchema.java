package test;

import dev.interactions4j.internal.GeminiGenerated;
import dev.interactions4j.internal.JsonInput;
import dev.interactions4j.internal.TrustedSchemas;
import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.schema.OutputType;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * How urgent a ticket is.
 *
 * <p>Structured output support for {@link Ticket.Priority}: its JSON Schema, its {@code OutputType} and a
 * reflection-free parser and writer. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class Ticket_PrioritySchema {
  /**
   * The JSON Schema of {@link Ticket.Priority}, using only keywords Gemini accepts.
   */
  public static final String JSON_SCHEMA = "{\"type\":\"string\",\"description\":\"How urgent a ticket is.\\n- LOW: Can wait.\\n- high: Needs an"
      + " answer today\",\"enum\":[\"LOW\",\"high\"]}";

  /**
   * The structured output type of {@link Ticket.Priority}: pass it to the client, or parse and write with it.
   */
  public static final OutputType<Ticket.Priority> TYPE = TrustedSchemas.outputType("test.Ticket.Priority",
      JSON_SCHEMA, Ticket_PrioritySchema::readTicket_Priority,
      Ticket_PrioritySchema::writeTicket_Priority);

  private Ticket_PrioritySchema() {
  }

  /**
   * Reads one {@link Ticket.Priority} from {@code parser}, validating types, required properties and
   * constraints.
   *
   * @param parser positioned before or on the value's first token
   * @return the value, never half-built
   * @throws OutputMismatchException if the JSON does not match
   */
  public static Ticket.Priority parse(JsonParser parser) {
    return TYPE.read(parser);
  }

  /**
   * Writes {@code value} as one JSON value.
   *
   * @param value the value to write
   * @param generator where to write it
   */
  public static void write(Ticket.Priority value, JsonGenerator generator) {
    TYPE.write(value, generator);
  }

  private static Ticket.Priority readTicket_Priority(JsonInput in) {
    return switch (in.readString()) {
      case "LOW" -> Ticket.Priority.LOW;
      case "high" -> Ticket.Priority.HIGH;
      default -> throw in.mismatch("one of \"LOW\", \"high\"");
    };
  }

  private static void writeTicket_Priority(Ticket.Priority value, JsonGenerator generator) {
    generator.writeString(switch (value) {
      case LOW -> "LOW";
      case HIGH -> "high";
    });
  }
}
