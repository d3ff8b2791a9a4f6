package dev.interactions4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every schema the processor emitted in this build (golden files and the behaviour fixtures'
 * resources) uses only the keywords Gemini accepts, and a {@code $ref} only beside {@code
 * description}. The list is copied from interactions-api.md on purpose, not from the processor.
 */
class EmittedSchemaKeywordsTest {
  private static final Set<String> GEMINI_KEYWORDS =
      Set.of(
          "type",
          "properties",
          "required",
          "additionalProperties",
          "items",
          "prefixItems",
          "minItems",
          "maxItems",
          "enum",
          "const",
          "format",
          "minimum",
          "maximum",
          "minLength",
          "maxLength",
          "pattern",
          "anyOf",
          "$ref",
          "$defs",
          "title",
          "description",
          "propertyOrdering");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void emittedSchemas_useOnlyGeminiKeywords() throws IOException {
    List<Path> schemas = schemaFiles();
    assertTrue(schemas.size() >= 20, "found " + schemas.size() + " schemas");
    List<String> problems = new ArrayList<>();
    for (Path file : schemas) {
      check(JSON.readTree(Files.readString(file)), file.getFileName() + "#", problems);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void recursiveSchemas_referenceExistingDefinitions() throws IOException {
    for (Path file : schemaFiles()) {
      String text = Files.readString(file);
      JsonNode root = JSON.readTree(text);
      List<String> refs = new ArrayList<>();
      root.findValues("$ref").forEach(ref -> refs.add(ref.asString()));
      for (String ref : refs) {
        String key = ref.substring(ref.indexOf("#/$defs/") + 8);
        assertFalse(root.path("$defs").path(key).isMissingNode(), file + " lacks $defs/" + key);
      }
    }
  }

  private static List<Path> schemaFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir :
        List.of(Path.of("src/test/resources/schema"), Path.of("target/test-classes/META-INF"))) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  private static void check(JsonNode schema, String at, List<String> problems) {
    if (!schema.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> entry : schema.properties()) {
      String keyword = entry.getKey();
      if (!GEMINI_KEYWORDS.contains(keyword)) {
        problems.add(at + " uses " + keyword);
      }
      if (schema.has("$ref") && !keyword.equals("$ref") && !keyword.equals("description")) {
        problems.add(at + " has " + keyword + " beside $ref");
      }
      JsonNode value = entry.getValue();
      switch (keyword) {
        case "properties", "$defs" ->
            value
                .properties()
                .forEach(e -> check(e.getValue(), at + "/" + keyword + "/" + e.getKey(), problems));
        case "items", "additionalProperties" -> check(value, at + "/" + keyword, problems);
        case "anyOf", "prefixItems" -> {
          for (int i = 0; i < value.size(); i++) {
            check(value.get(i), at + "/" + keyword + "/" + i, problems);
          }
        }
        default -> {
          // Keyword values that are not schemas.
        }
      }
    }
  }
}
