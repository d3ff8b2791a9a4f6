package test;

import dev.interactions4j.internal.GeminiGenerated;
import dev.interactions4j.internal.JsonArrays;
import dev.interactions4j.internal.JsonInput;
import dev.interactions4j.internal.JsonOutput;
import dev.interactions4j.internal.TrustedSchemas;
import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.schema.OutputType;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Lists, sets, collections, arrays and maps, nested too.
 *
 * <p>Structured output support for {@link Containers}: its JSON Schema, its {@code OutputType} and a
 * reflection-free parser and writer. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class ContainersSchema {
  /**
   * The JSON Schema of {@link Containers}, using only keywords Gemini accepts.
   */
  public static final String JSON_SCHEMA = "{\"type\":\"object\",\"description\":\"Lists, sets, collections, arrays and maps, nested too.\","
      + "\"properties\":{\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},"
      + "\"numbers\":{\"type\":\"array\",\"items\":{\"type\":\"integer\","
      + "\"format\":\"int32\"}},\"values\":{\"type\":\"array\",\"items\":{\"type\":\"number\"}},"
      + "\"names\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},"
      + "\"ints\":{\"type\":\"array\",\"items\":{\"type\":\"integer\","
      + "\"format\":\"int32\"}},\"longs\":{\"type\":\"array\",\"items\":{\"type\":\"integer\","
      + "\"format\":\"int64\"}},\"doubles\":{\"type\":\"array\",\"items\":{\"type\":\"number\"}},"
      + "\"bits\":{\"type\":\"array\",\"items\":{\"type\":\"boolean\"}},"
      + "\"counts\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\","
      + "\"format\":\"int32\"}},\"byAisle\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"array\""
      + ",\"items\":{\"type\":\"object\",\"description\":\"One ingredient.\","
      + "\"properties\":{\"name\":{\"type\":\"string\"},\"amount\":{\"type\":\"number\"},"
      + "\"unit\":{\"type\":\"string\"}},\"required\":[\"name\",\"amount\","
      + "\"unit\"],\"propertyOrdering\":[\"name\",\"amount\",\"unit\"]}}},"
      + "\"grid\":{\"type\":\"array\",\"items\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}},"
      + "\"required\":[\"tags\",\"numbers\",\"values\",\"names\",\"ints\","
      + "\"longs\",\"doubles\",\"bits\",\"counts\",\"byAisle\",\"grid\"],"
      + "\"propertyOrdering\":[\"tags\",\"numbers\",\"values\",\"names\","
      + "\"ints\",\"longs\",\"doubles\",\"bits\",\"counts\",\"byAisle\","
      + "\"grid\"]}";

  /**
   * The structured output type of {@link Containers}: pass it to the client, or parse and write with it.
   */
  public static final OutputType<Containers> TYPE = TrustedSchemas.outputType("test.Containers",
      JSON_SCHEMA, ContainersSchema::readContainers, ContainersSchema::writeContainers);

  private ContainersSchema() {
  }

  /**
   * Reads one {@link Containers} from {@code parser}, validating types, required properties and
   * constraints.
   *
   * @param parser positioned before or on the value's first token
   * @return the value, never half-built
   * @throws OutputMismatchException if the JSON does not match
   */
  public static Containers parse(JsonParser parser) {
    return TYPE.read(parser);
  }

  /**
   * Writes {@code value} as one JSON value.
   *
   * @param value the value to write
   * @param generator where to write it
   */
  public static void write(Containers value, JsonGenerator generator) {
    TYPE.write(value, generator);
  }

  private static Containers readContainers(JsonInput in) {
    List<String> tags = null;
    Set<Integer> numbers = null;
    Collection<Double> values = null;
    String[] names = null;
    int[] ints = null;
    long[] longs = null;
    double[] doubles = null;
    boolean[] bits = null;
    Map<String, Integer> counts = null;
    Map<String, List<Recipe.Ingredient>> byAisle = null;
    List<List<String>> grid = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "tags" -> tags = in.readList(JsonInput::readString);
        case "numbers" -> numbers = in.readSet(JsonInput::readInt);
        case "values" -> values = in.readList(JsonInput::readDouble);
        case "names" -> names = in.readList(JsonInput::readString).toArray(new String[0]);
        case "ints" -> ints = JsonArrays.toIntArray(in.readList(JsonInput::readInt));
        case "longs" -> longs = JsonArrays.toLongArray(in.readList(JsonInput::readLong));
        case "doubles" -> doubles = JsonArrays.toDoubleArray(in.readList(JsonInput::readDouble));
        case "bits" -> bits = JsonArrays.toBooleanArray(in.readList(JsonInput::readBoolean));
        case "counts" -> counts = in.readMap(JsonInput::readInt);
        case "byAisle" -> byAisle = in.readMap(in2 -> in2.readList(ContainersSchema::readRecipe_Ingredient));
        case "grid" -> grid = in.readList(in2 -> in2.readList(JsonInput::readString));
        default -> in.skipValue();
      }
    }
    in.require(tags, "tags", "an array");
    in.require(numbers, "numbers", "an array");
    in.require(values, "values", "an array");
    in.require(names, "names", "an array");
    in.require(ints, "ints", "an array");
    in.require(longs, "longs", "an array");
    in.require(doubles, "doubles", "an array");
    in.require(bits, "bits", "an array");
    in.require(counts, "counts", "an object");
    in.require(byAisle, "byAisle", "an object");
    in.require(grid, "grid", "an array");
    try {
      return new Containers(tags, numbers, values, names, ints, longs, doubles, bits, counts,
          byAisle, grid);
    } catch (RuntimeException e) {
      throw in.rejected("test.Containers", e);
    }
  }

  private static void writeContainers(Containers value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("tags");
    JsonOutput.writeList(value.tags(), generator, JsonOutput::writeString);
    generator.writeName("numbers");
    JsonOutput.writeList(value.numbers(), generator, JsonOutput::writeNumber);
    generator.writeName("values");
    JsonOutput.writeList(value.values(), generator, JsonOutput::writeNumber);
    generator.writeName("names");
    JsonOutput.writeList(Arrays.asList(value.names()), generator, JsonOutput::writeString);
    generator.writeName("ints");
    JsonArrays.writeIntArray(value.ints(), generator);
    generator.writeName("longs");
    JsonArrays.writeLongArray(value.longs(), generator);
    generator.writeName("doubles");
    JsonArrays.writeDoubleArray(value.doubles(), generator);
    generator.writeName("bits");
    JsonArrays.writeBooleanArray(value.bits(), generator);
    generator.writeName("counts");
    JsonOutput.writeMap(value.counts(), generator, JsonOutput::writeNumber);
    generator.writeName("byAisle");
    JsonOutput.writeMap(value.byAisle(), generator, (v2, g2) -> JsonOutput.writeList(v2, g2, ContainersSchema::writeRecipe_Ingredient));
    generator.writeName("grid");
    JsonOutput.writeList(value.grid(), generator, (v2, g2) -> JsonOutput.writeList(v2, g2, JsonOutput::writeString));
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
}
