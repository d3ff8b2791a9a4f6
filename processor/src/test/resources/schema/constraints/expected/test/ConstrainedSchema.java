package test;

import dev.interactions4j.internal.Checks;
import dev.interactions4j.internal.GeminiGenerated;
import dev.interactions4j.internal.JsonInput;
import dev.interactions4j.internal.JsonOutput;
import dev.interactions4j.internal.TrustedSchemas;
import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.schema.OutputType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Every constraint, and a renamed property.
 *
 * <p>Structured output support for {@link Constrained}: its JSON Schema, its {@code OutputType} and a
 * reflection-free parser and writer. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class ConstrainedSchema {
  /**
   * The JSON Schema of {@link Constrained}, using only keywords Gemini accepts.
   */
  public static final String JSON_SCHEMA = "{\"type\":\"object\",\"description\":\"Every constraint, and a renamed property.\","
      + "\"properties\":{\"stars\":{\"type\":\"integer\",\"format\":\"int32\","
      + "\"minimum\":1,\"maximum\":5},\"percent\":{\"type\":\"number\","
      + "\"minimum\":0,\"maximum\":100.5},\"code\":{\"type\":\"string\","
      + "\"minLength\":2,\"maxLength\":10},\"currency\":{\"type\":\"string\","
      + "\"pattern\":\"^(?:[A-Z]{3})$\"},\"title\":{\"type\":\"string\","
      + "\"minLength\":1,\"pattern\":\"\\\\S\"},\"tags\":{\"type\":\"array\","
      + "\"items\":{\"type\":\"string\",\"minLength\":1,\"pattern\":\"\\\\S\"},"
      + "\"minItems\":1},\"contact\":{\"type\":\"string\",\"format\":\"email\"},"
      + "\"scores\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\","
      + "\"format\":\"int32\"}},\"full_name\":{\"type\":\"string\"}},"
      + "\"required\":[\"stars\",\"percent\",\"code\",\"currency\",\"title\","
      + "\"tags\",\"contact\",\"scores\",\"full_name\"],\"propertyOrdering\":[\"stars\","
      + "\"percent\",\"code\",\"currency\",\"title\",\"tags\",\"contact\","
      + "\"scores\",\"full_name\"]}";

  /**
   * The structured output type of {@link Constrained}: pass it to the client, or parse and write with it.
   */
  public static final OutputType<Constrained> TYPE = TrustedSchemas.outputType("test.Constrained",
      JSON_SCHEMA, ConstrainedSchema::readConstrained, ConstrainedSchema::writeConstrained);

  private ConstrainedSchema() {
  }

  /**
   * Reads one {@link Constrained} from {@code parser}, validating types, required properties and
   * constraints.
   *
   * @param parser positioned before or on the value's first token
   * @return the value, never half-built
   * @throws OutputMismatchException if the JSON does not match
   */
  public static Constrained parse(JsonParser parser) {
    return TYPE.read(parser);
  }

  /**
   * Writes {@code value} as one JSON value.
   *
   * @param value the value to write
   * @param generator where to write it
   */
  public static void write(Constrained value, JsonGenerator generator) {
    TYPE.write(value, generator);
  }

  private static Constrained readConstrained(JsonInput in) {
    Integer stars = null;
    BigDecimal percent = null;
    String code = null;
    String currency = null;
    String title = null;
    List<String> tags = null;
    String contact = null;
    Map<String, Integer> scores = null;
    String fullName = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "stars" -> stars = Checks.range(in, in.readInt(), "1", false, "5", false);
        case "percent" -> percent = Checks.range(in, in.readBigDecimal(), "0", true, "100.5", false);
        case "code" -> code = Checks.length(in, in.readString(), 2, 10);
        case "currency" -> currency = Checks.pattern(in, in.readString(), "[A-Z]{3}");
        case "title" -> title = Checks.notBlank(in, Checks.length(in, in.readString(), 1, Integer.MAX_VALUE));
        case "tags" -> tags = Checks.items(in, in.readList(in2 -> Checks.notBlank(in2, Checks.length(in2, in2.readString(), 1, Integer.MAX_VALUE))), 1, Integer.MAX_VALUE);
        case "contact" -> contact = Checks.email(in, in.readString());
        case "scores" -> scores = Checks.entries(in, in.readMap(JsonInput::readInt), 0, 2);
        case "full_name" -> fullName = in.readString();
        default -> in.skipValue();
      }
    }
    in.require(stars, "stars", "an integer");
    in.require(percent, "percent", "a number");
    in.require(code, "code", "a string");
    in.require(currency, "currency", "a string");
    in.require(title, "title", "a string");
    in.require(tags, "tags", "an array");
    in.require(contact, "contact", "a string");
    in.require(scores, "scores", "an object");
    in.require(fullName, "full_name", "a string");
    try {
      return new Constrained(stars, percent, code, currency, title, tags, contact, scores,
          fullName);
    } catch (RuntimeException e) {
      throw in.rejected("test.Constrained", e);
    }
  }

  private static void writeConstrained(Constrained value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("stars");
    JsonOutput.writeNumber(value.stars(), generator);
    generator.writeName("percent");
    JsonOutput.writeNumber(value.percent(), generator);
    generator.writeName("code");
    JsonOutput.writeString(value.code(), generator);
    generator.writeName("currency");
    JsonOutput.writeString(value.currency(), generator);
    generator.writeName("title");
    JsonOutput.writeString(value.title(), generator);
    generator.writeName("tags");
    JsonOutput.writeList(value.tags(), generator, JsonOutput::writeString);
    generator.writeName("contact");
    JsonOutput.writeString(value.contact(), generator);
    generator.writeName("scores");
    JsonOutput.writeMap(value.scores(), generator, JsonOutput::writeNumber);
    generator.writeName("full_name");
    JsonOutput.writeString(value.fullName(), generator);
    generator.writeEndObject();
  }
}
