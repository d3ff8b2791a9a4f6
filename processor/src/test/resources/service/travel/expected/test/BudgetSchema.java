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
 * Structured output support for {@link Budget}: its JSON Schema, its {@code OutputType} and a
 * reflection-free parser and writer. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class BudgetSchema {
  /**
   * The JSON Schema of {@link Budget}, using only keywords Gemini accepts.
   */
  public static final String JSON_SCHEMA = "{\"type\":\"object\",\"properties\":{\"amount\":{\"type\":\"integer\","
      + "\"format\":\"int32\"},\"currency\":{\"type\":\"string\"}},\"required\":[\"amount\","
      + "\"currency\"],\"propertyOrdering\":[\"amount\",\"currency\"]}";

  /**
   * The structured output type of {@link Budget}: pass it to the client, or parse and write with it.
   */
  public static final OutputType<Budget> TYPE = TrustedSchemas.outputType("test.Budget",
      JSON_SCHEMA, BudgetSchema::readBudget, BudgetSchema::writeBudget);

  private BudgetSchema() {
  }

  /**
   * Reads one {@link Budget} from {@code parser}, validating types, required properties and
   * constraints.
   *
   * @param parser positioned before or on the value's first token
   * @return the value, never half-built
   * @throws OutputMismatchException if the JSON does not match
   */
  public static Budget parse(JsonParser parser) {
    return TYPE.read(parser);
  }

  /**
   * Writes {@code value} as one JSON value.
   *
   * @param value the value to write
   * @param generator where to write it
   */
  public static void write(Budget value, JsonGenerator generator) {
    TYPE.write(value, generator);
  }

  private static Budget readBudget(JsonInput in) {
    Integer amount = null;
    String currency = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "amount" -> amount = in.readInt();
        case "currency" -> currency = in.readString();
        default -> in.skipValue();
      }
    }
    in.require(amount, "amount", "an integer");
    in.require(currency, "currency", "a string");
    try {
      return new Budget(amount, currency);
    } catch (RuntimeException e) {
      throw in.rejected("test.Budget", e);
    }
  }

  private static void writeBudget(Budget value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("amount");
    JsonOutput.writeNumber(value.amount(), generator);
    generator.writeName("currency");
    JsonOutput.writeString(value.currency(), generator);
    generator.writeEndObject();
  }
}
