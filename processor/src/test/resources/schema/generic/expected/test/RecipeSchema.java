package test;

import dev.interactions4j.internal.Checks;
import dev.interactions4j.internal.GeminiGenerated;
import dev.interactions4j.internal.JsonInput;
import dev.interactions4j.internal.JsonOutput;
import dev.interactions4j.internal.TrustedSchemas;
import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.schema.OutputType;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * A recipe the model suggests.
 *
 * <p>Structured output support for {@link Recipe}: its JSON Schema, its {@code OutputType} and a
 * reflection-free parser and writer. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class RecipeSchema {
  /**
   * The JSON Schema of {@link Recipe}, using only keywords Gemini accepts.
   */
  public static final String JSON_SCHEMA = "{\"type\":\"object\",\"description\":\"A recipe the model suggests.\","
      + "\"properties\":{\"name\":{\"type\":\"string\",\"description\":\"name of the dish\"},"
      + "\"ingredients\":{\"type\":\"array\",\"description\":\"what goes in\","
      + "\"items\":{\"type\":\"object\",\"description\":\"One ingredient.\","
      + "\"properties\":{\"name\":{\"type\":\"string\"},\"amount\":{\"type\":\"number\"},"
      + "\"unit\":{\"type\":\"string\"}},\"required\":[\"name\",\"amount\","
      + "\"unit\"],\"propertyOrdering\":[\"name\",\"amount\",\"unit\"]},"
      + "\"minItems\":1},\"minutes\":{\"type\":[\"integer\",\"null\"],"
      + "\"description\":\"how long it takes, if known\",\"format\":\"int32\"},"
      + "\"difficulty\":{\"type\":\"string\",\"description\":\"how hard it is\","
      + "\"enum\":[\"EASY\",\"MEDIUM\",\"HARD\"]}},\"required\":[\"name\","
      + "\"ingredients\",\"difficulty\"],\"propertyOrdering\":[\"name\","
      + "\"ingredients\",\"minutes\",\"difficulty\"]}";

  /**
   * The structured output type of {@link Recipe}: pass it to the client, or parse and write with it.
   */
  public static final OutputType<Recipe> TYPE = TrustedSchemas.outputType("test.Recipe",
      JSON_SCHEMA, RecipeSchema::readRecipe, RecipeSchema::writeRecipe);

  private RecipeSchema() {
  }

  /**
   * Reads one {@link Recipe} from {@code parser}, validating types, required properties and
   * constraints.
   *
   * @param parser positioned before or on the value's first token
   * @return the value, never half-built
   * @throws OutputMismatchException if the JSON does not match
   */
  public static Recipe parse(JsonParser parser) {
    return TYPE.read(parser);
  }

  /**
   * Writes {@code value} as one JSON value.
   *
   * @param value the value to write
   * @param generator where to write it
   */
  public static void write(Recipe value, JsonGenerator generator) {
    TYPE.write(value, generator);
  }

  private static Recipe readRecipe(JsonInput in) {
    String name = null;
    List<Recipe.Ingredient> ingredients = null;
    Optional<Integer> minutes = Optional.empty();
    Recipe.Difficulty difficulty = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "name" -> name = in.readString();
        case "ingredients" -> ingredients = Checks.items(in, in.readList(RecipeSchema::readRecipe_Ingredient), 1, Integer.MAX_VALUE);
        case "minutes" -> minutes = in.readOptional(JsonInput::readInt);
        case "difficulty" -> difficulty = readRecipe_Difficulty(in);
        default -> in.skipValue();
      }
    }
    in.require(name, "name", "a string");
    in.require(ingredients, "ingredients", "an array");
    in.require(difficulty, "difficulty", "one of \"EASY\", \"MEDIUM\", \"HARD\"");
    try {
      return new Recipe(name, ingredients, minutes, difficulty);
    } catch (RuntimeException e) {
      throw in.rejected("test.Recipe", e);
    }
  }

  private static void writeRecipe(Recipe value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("name");
    JsonOutput.writeString(value.name(), generator);
    generator.writeName("ingredients");
    JsonOutput.writeList(value.ingredients(), generator, RecipeSchema::writeRecipe_Ingredient);
    if (value.minutes().isPresent()) {
      generator.writeName("minutes");
      JsonOutput.writeNumber(value.minutes().get(), generator);
    }
    generator.writeName("difficulty");
    JsonOutput.writeNullable(value.difficulty(), generator, RecipeSchema::writeRecipe_Difficulty);
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
