package dev.interactions4j.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaInstanceGeneratorTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  static void assertValid(String schema, String instance) {
    List<Error> errors = SCHEMAS.getSchema(schema).validate(instance, InputFormat.JSON);
    assertEquals(List.of(), errors, () -> instance + " against " + schema);
  }

  private static String generate(String schema, String input) {
    return new SchemaInstanceGenerator(JSON.readTree(schema), new Hints(input)).generate().toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"type\":\"string\"}",
      "{\"type\":\"integer\",\"minimum\":10,\"maximum\":12}",
      "{\"type\":\"number\",\"minimum\":0.5,\"maximum\":0.75}",
      "{\"type\":\"boolean\"}",
      "{\"type\":[\"string\",\"null\"]}",
      "{\"type\":\"string\",\"enum\":[\"EASY\",\"MEDIUM\",\"HARD\"]}",
      "{\"const\":\"circle\"}",
      "{\"type\":\"string\",\"minLength\":12,\"maxLength\":14}",
      "{\"type\":\"string\",\"maxLength\":3}",
      "{\"type\":\"string\",\"pattern\":\"^[A-Z]{2}-[0-9]{2}$\"}",
      "{\"type\":\"string\",\"pattern\":\"^\\\\d+$\"}",
      "{\"type\":\"string\",\"format\":\"date-time\"}",
      "{\"type\":\"string\",\"format\":\"date\"}",
      "{\"type\":\"string\",\"format\":\"time\"}",
      "{\"type\":\"string\",\"format\":\"uuid\"}",
      "{\"type\":\"string\",\"format\":\"email\"}",
      "{\"type\":\"string\",\"format\":\"uri\"}",
      "{\"type\":\"array\",\"items\":{\"type\":\"integer\"},\"minItems\":3,\"maxItems\":4}",
      "{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"maxItems\":1}",
      "{\"type\":\"array\",\"prefixItems\":[{\"type\":\"string\"},{\"type\":\"integer\"}],\"items\":{\"type\":\"boolean\"},\"minItems\":3}",
      "{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\",\"minimum\":5}}",
      "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},\"b\":{\"type\":[\"integer\",\"null\"]}},\"required\":[\"a\"],\"additionalProperties\":false}",
      "{\"anyOf\":[{\"type\":\"object\",\"properties\":{\"type\":{\"type\":\"string\",\"enum\":[\"circle\"]},\"r\":{\"type\":\"number\"}},\"required\":[\"type\",\"r\"]},"
          + "{\"type\":\"object\",\"properties\":{\"type\":{\"type\":\"string\",\"enum\":[\"square\"]}},\"required\":[\"type\"]}]}",
      "{\"$defs\":{\"Node\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"children\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/Node\"}}},"
          + "\"required\":[\"name\",\"children\"]}},\"$ref\":\"#/$defs/Node\"}",
      "{\"$defs\":{\"List\":{\"type\":\"object\",\"properties\":{\"head\":{\"type\":\"integer\"},\"tail\":{\"anyOf\":[{\"$ref\":\"#/$defs/List\"},{\"type\":\"null\"}]}},"
          + "\"required\":[\"head\",\"tail\"]}},\"$ref\":\"#/$defs/List\"}",
      "{\"type\":\"object\",\"properties\":{\"recipe\":{\"type\":\"object\",\"properties\":{\"ingredients\":{\"type\":\"array\",\"minItems\":1,"
          + "\"items\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1},\"grams\":{\"type\":\"integer\",\"minimum\":1}},"
          + "\"required\":[\"name\",\"grams\"]}}},\"required\":[\"ingredients\"]}},\"required\":[\"recipe\"]}"})
  void generatedValues_validateAgainstTheirSchema(String schema) {
    assertValid(schema, generate(schema, "Pancakes for 4 people with 200 grams of flour, by Ada Lovelace"));
    assertValid(schema, generate(schema, ""));
  }

  @Test
  void propertyOrdering_decidesTheOrder() {
    String schema = "{\"type\":\"object\",\"properties\":{\"b\":{\"type\":\"integer\"},\"a\":{\"type\":\"integer\"}},"
        + "\"propertyOrdering\":[\"a\",\"b\"]}";

    assertEquals("{\"a\":1,\"b\":1}", generate(schema, ""));
  }

  @Test
  void wordsAndNumbersOfTheInput_fillTheValues() {
    String schema = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},\"people\":{\"type\":\"integer\"},"
        + "\"level\":{\"type\":\"string\",\"enum\":[\"EASY\",\"HARD\"]}},\"required\":[\"city\",\"people\",\"level\"]}";

    assertEquals("{\"city\":\"Paris\",\"people\":4,\"level\":\"HARD\"}",
        generate(schema, "Book a hard table in Paris for 4 people"));
  }

  @Test
  void sameInput_sameValue() {
    String schema = "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\",\"format\":\"uuid\"},\"name\":{\"type\":\"string\"}}}";

    assertEquals(generate(schema, "Ada"), generate(schema, "Ada"));
  }

  static JsonNode tree(String json) {
    return JSON.readTree(json);
  }
}
