package test;

import dev.interactions4j.internal.GeminiGenerated;
import dev.interactions4j.internal.JsonInput;
import dev.interactions4j.internal.JsonOutput;
import dev.interactions4j.internal.TrustedSchemas;
import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.schema.OutputType;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Every way a property may be missing.
 *
 * <p>Structured output support for {@link Optionals}: its JSON Schema, its {@code OutputType} and a
 * reflection-free parser and writer. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class OptionalsSchema {
  /**
   * The JSON Schema of {@link Optionals}, using only keywords Gemini accepts.
   */
  public static final String JSON_SCHEMA = "{\"type\":\"object\",\"description\":\"Every way a property may be missing.\","
      + "\"properties\":{\"note\":{\"type\":[\"string\",\"null\"]},\"count\":{\"type\":[\"integer\","
      + "\"null\"],\"format\":\"int32\"},\"total\":{\"type\":[\"integer\","
      + "\"null\"],\"format\":\"int64\"},\"score\":{\"type\":[\"number\","
      + "\"null\"]},\"nickname\":{\"type\":[\"string\",\"null\"]},\"extra\":{\"type\":[\"object\","
      + "\"null\"],\"description\":\"One ingredient.\",\"properties\":{\"name\":{\"type\":\"string\"},"
      + "\"amount\":{\"type\":\"number\"},\"unit\":{\"type\":\"string\"}},"
      + "\"required\":[\"name\",\"amount\",\"unit\"],\"propertyOrdering\":[\"name\","
      + "\"amount\",\"unit\"]},\"level\":{\"anyOf\":[{\"type\":\"string\","
      + "\"description\":\"How hard a recipe is.\",\"enum\":[\"EASY\","
      + "\"MEDIUM\",\"HARD\"]},{\"type\":\"null\"}]},\"spare\":{\"type\":[\"object\","
      + "\"null\"],\"description\":\"One ingredient.\",\"properties\":{\"name\":{\"type\":\"string\"},"
      + "\"amount\":{\"type\":\"number\"},\"unit\":{\"type\":\"string\"}},"
      + "\"required\":[\"name\",\"amount\",\"unit\"],\"propertyOrdering\":[\"name\","
      + "\"amount\",\"unit\"]}},\"propertyOrdering\":[\"note\",\"count\","
      + "\"total\",\"score\",\"nickname\",\"extra\",\"level\",\"spare\"]}";

  /**
   * The structured output type of {@link Optionals}: pass it to the client, or parse and write with it.
   */
  public static final OutputType<Optionals> TYPE = TrustedSchemas.outputType("test.Optionals",
      JSON_SCHEMA, OptionalsSchema::readOptionals, OptionalsSchema::writeOptionals);

  private OptionalsSchema() {
  }

  /**
   * Reads one {@link Optionals} from {@code parser}, validating types, required properties and
   * constraints.
   *
   * @param parser positioned before or on the value's first token
   * @return the value, never half-built
   * @throws OutputMismatchException if the JSON does not match
   */
  public static Optionals parse(JsonParser parser) {
    return TYPE.read(parser);
  }

  /**
   * Writes {@code value} as one JSON value.
   *
   * @param value the value to write
   * @param generator where to write it
   */
  public static void write(Optionals value, JsonGenerator generator) {
    TYPE.write(value, generator);
  }

  private static Optionals readOptionals(JsonInput in) {
    Optional<String> note = Optional.empty();
    OptionalInt count = OptionalInt.empty();
    OptionalLong total = OptionalLong.empty();
    OptionalDouble score = OptionalDouble.empty();
    String nickname = null;
    Recipe.Ingredient extra = null;
    Recipe.Difficulty level = null;
    Optional<Recipe.Ingredient> spare = Optional.empty();
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "note" -> note = in.readOptional(JsonInput::readString);
        case "count" -> count = in.readOptionalInt(JsonInput::readInt);
        case "total" -> total = in.readOptionalLong(JsonInput::readLong);
        case "score" -> score = in.readOptionalDouble(JsonInput::readDouble);
        case "nickname" -> nickname = in.readNullable(JsonInput::readString);
        case "extra" -> extra = in.readNullable(OptionalsSchema::readRecipe_Ingredient);
        case "level" -> level = in.readNullable(OptionalsSchema::readRecipe_Difficulty);
        case "spare" -> spare = in.readOptional(OptionalsSchema::readRecipe_Ingredient);
        default -> in.skipValue();
      }
    }
    try {
      return new Optionals(note, count, total, score, nickname, extra, level, spare);
    } catch (RuntimeException e) {
      throw in.rejected("test.Optionals", e);
    }
  }

  private static void writeOptionals(Optionals value, JsonGenerator generator) {
    generator.writeStartObject();
    if (value.note().isPresent()) {
      generator.writeName("note");
      JsonOutput.writeString(value.note().get(), generator);
    }
    if (value.count().isPresent()) {
      generator.writeName("count");
      JsonOutput.writeNumber(value.count().getAsInt(), generator);
    }
    if (value.total().isPresent()) {
      generator.writeName("total");
      JsonOutput.writeNumber(value.total().getAsLong(), generator);
    }
    if (value.score().isPresent()) {
      generator.writeName("score");
      JsonOutput.writeNumber(value.score().getAsDouble(), generator);
    }
    if (value.nickname() != null) {
      generator.writeName("nickname");
      JsonOutput.writeString(value.nickname(), generator);
    }
    if (value.extra() != null) {
      generator.writeName("extra");
      JsonOutput.writeNullable(value.extra(), generator, OptionalsSchema::writeRecipe_Ingredient);
    }
    if (value.level() != null) {
      generator.writeName("level");
      JsonOutput.writeNullable(value.level(), generator, OptionalsSchema::writeRecipe_Difficulty);
    }
    if (value.spare().isPresent()) {
      generator.writeName("spare");
      JsonOutput.writeNullable(value.spare().get(), generator, OptionalsSchema::writeRecipe_Ingredient);
    }
    generator.writeEndObject();
  }

  private static Recipe.Ingredient readRecipe_Ingredient(JsonInput in) {
    String name = null;
    Double amount = null;
    String unit = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "name" -> name = in.readString();
        case "amount" -> amount = in.readDouble();
        case "unit" -> unit = in.readString();
        default -> in.skipValue();
      }
    }
    in.require(name, "name", "a string");
    in.require(amount, "amount", "a number");
    in.require(unit, "unit", "a string");
    try {
      return new Recipe.Ingredient(name, amount, unit);
    } catch (RuntimeException e) {
      throw in.rejected("test.Recipe.Ingredient", e);
    }
  }

  private static void writeRecipe_Ingredient(Recipe.Ingredient value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("name");
    JsonOutput.writeString(value.name(), generator);
    generator.writeName("amount");
    JsonOutput.writeNumber(value.amount(), generator);
    generator.writeName("unit");
    JsonOutput.writeString(value.unit(), generator);
    generator.writeEndObject();
  }

  private static Recipe.Difficulty readRecipe_Difficulty(JsonInput in) {
    return switch (in.readString()) {
      case "EASY" -> Recipe.Difficulty.EASY;
      case "MEDIUM" -> Recipe.Difficulty.MEDIUM;
      case "HARD" -> Recipe.Difficulty.HARD;
      default -> throw in.mismatch("one of \"EASY\", \"MEDIUM\", \"HARD\"");
    };
  }

  private static void writeRecipe_Difficulty(Recipe.Difficulty value, JsonGenerator generator) {
    generator.writeString(value.name());
  }
}
