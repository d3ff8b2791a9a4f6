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
 * Generic records with concrete type arguments.
 *
 * <p>Structured output support for {@link SearchResult}: its JSON Schema, its {@code OutputType} and a
 * reflection-free parser and writer. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class SearchResultSchema {
  /**
   * The JSON Schema of {@link SearchResult}, using only keywords Gemini accepts.
   */
  public static final String JSON_SCHEMA = "{\"type\":\"object\",\"description\":\"Generic records with concrete type arguments.\","
      + "\"properties\":{\"ingredients\":{\"type\":\"object\",\"description\":\"A page of results; generic, s"
      + "o it is used with concrete type arguments.\",\"properties\":{\"items\":{\"type\":\"array\","
      + "\"description\":\"the results on this page\",\"items\":{\"type\":\"object\","
      + "\"description\":\"One ingredient.\",\"properties\":{\"name\":{\"type\":\"string\"},"
      + "\"amount\":{\"type\":\"number\"},\"unit\":{\"type\":\"string\"}},"
      + "\"required\":[\"name\",\"amount\",\"unit\"],\"propertyOrdering\":[\"name\","
      + "\"amount\",\"unit\"]}},\"total\":{\"type\":\"integer\",\"description\":\"how many results there are "
      + "in all\",\"format\":\"int32\"}},\"required\":[\"items\",\"total\"],"
      + "\"propertyOrdering\":[\"items\",\"total\"]},\"names\":{\"type\":\"object\","
      + "\"description\":\"A page of results; generic, so it is used with concrete type arguments.\","
      + "\"properties\":{\"items\":{\"type\":\"array\",\"description\":\"the results on this page\","
      + "\"items\":{\"type\":\"string\"}},\"total\":{\"type\":\"integer\","
      + "\"description\":\"how many results there are in all\",\"format\":\"int32\"}},"
      + "\"required\":[\"items\",\"total\"],\"propertyOrdering\":[\"items\","
      + "\"total\"]}},\"required\":[\"ingredients\",\"names\"],\"propertyOrdering\":[\"ingredients\","
      + "\"names\"]}";

  /**
   * The structured output type of {@link SearchResult}: pass it to the client, or parse and write with it.
   */
  public static final OutputType<SearchResult> TYPE = TrustedSchemas.outputType("test.SearchResult",
      JSON_SCHEMA, SearchResultSchema::readSearchResult, SearchResultSchema::writeSearchResult);

  private SearchResultSchema() {
  }

  /**
   * Reads one {@link SearchResult} from {@code parser}, validating types, required properties and
   * constraints.
   *
   * @param parser positioned before or on the value's first token
   * @return the value, never half-built
   * @throws OutputMismatchException if the JSON does not match
   */
  public static SearchResult parse(JsonParser parser) {
    return TYPE.read(parser);
  }

  /**
   * Writes {@code value} as one JSON value.
   *
   * @param value the value to write
   * @param generator where to write it
   */
  public static void write(SearchResult value, JsonGenerator generator) {
    TYPE.write(value, generator);
  }

  private static SearchResult readSearchResult(JsonInput in) {
    Page<Recipe.Ingredient> ingredients = null;
    Page<String> names = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "ingredients" -> ingredients = readPage_Recipe_Ingredient(in);
        case "names" -> names = readPage_String(in);
        default -> in.skipValue();
      }
    }
    in.require(ingredients, "ingredients", "an object");
    in.require(names, "names", "an object");
    try {
      return new SearchResult(ingredients, names);
    } catch (RuntimeException e) {
      throw in.rejected("test.SearchResult", e);
    }
  }

  private static void writeSearchResult(SearchResult value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("ingredients");
    JsonOutput.writeNullable(value.ingredients(), generator, SearchResultSchema::writePage_Recipe_Ingredient);
    generator.writeName("names");
    JsonOutput.writeNullable(value.names(), generator, SearchResultSchema::writePage_String);
    generator.writeEndObject();
  }

  private static Page<Recipe.Ingredient> readPage_Recipe_Ingredient(JsonInput in) {
    List<Recipe.Ingredient> items = null;
    Integer total = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "items" -> items = in.readList(SearchResultSchema::readRecipe_Ingredient);
        case "total" -> total = in.readInt();
        default -> in.skipValue();
      }
    }
    in.require(items, "items", "an array");
    in.require(total, "total", "an integer");
    try {
      return new Page<Recipe.Ingredient>(items, total);
    } catch (RuntimeException e) {
      throw in.rejected("test.Page<test.Recipe.Ingredient>", e);
    }
  }

  private static void writePage_Recipe_Ingredient(Page<Recipe.Ingredient> value,
      JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("items");
    JsonOutput.writeList(value.items(), generator, SearchResultSchema::writeRecipe_Ingredient);
    generator.writeName("total");
    JsonOutput.writeNumber(value.total(), generator);
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

  private static Page<String> readPage_String(JsonInput in) {
    List<String> items = null;
    Integer total = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "items" -> items = in.readList(JsonInput::readString);
        case "total" -> total = in.readInt();
        default -> in.skipValue();
      }
    }
    in.require(items, "items", "an array");
    in.require(total, "total", "an integer");
    try {
      return new Page<String>(items, total);
    } catch (RuntimeException e) {
      throw in.rejected("test.Page<java.lang.String>", e);
    }
  }

  private static void writePage_String(Page<String> value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("items");
    JsonOutput.writeList(value.items(), generator, JsonOutput::writeString);
    generator.writeName("total");
    JsonOutput.writeNumber(value.total(), generator);
    generator.writeEndObject();
  }
}
