package dev.interactions4j.processor.behavior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.processor.fixtures.Recipe;
import dev.interactions4j.processor.fixtures.RecipeSchema;
import dev.interactions4j.processor.fixtures.ShapeSchema;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** The shape of generated classes, seen from the code that uses them. */
class GeneratedClassTest {

  @Test
  void schemaResource_equalsTheConstant() throws IOException {
    String path =
        "META-INF/interactions4j/schemas/dev.interactions4j.processor.fixtures.Shape.json";
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
      assertNotNull(in, path);
      assertEquals(ShapeSchema.JSON_SCHEMA, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    assertEquals(ShapeSchema.JSON_SCHEMA, ShapeSchema.TYPE.schemaJson());
    assertEquals("dev.interactions4j.processor.fixtures.Shape", ShapeSchema.TYPE.name());
  }

  @Test
  void generatedClass_isFinalWithAPrivateConstructor() {
    assertTrue(Modifier.isFinal(RecipeSchema.class.getModifiers()));
    Constructor<?>[] constructors = RecipeSchema.class.getDeclaredConstructors();
    assertEquals(1, constructors.length);
    assertTrue(Modifier.isPrivate(constructors[0].getModifiers()));
  }

  @Test
  void staticParseAndWrite_workOnJacksonStreams() {
    Recipe recipe =
        new Recipe("soup", List.of(RoundTripTest.FLOUR), Optional.empty(), Recipe.Difficulty.EASY);
    JsonFactory json = new JsonFactory();
    java.io.StringWriter out = new java.io.StringWriter();
    try (JsonGenerator generator = json.createGenerator(ObjectWriteContext.empty(), out)) {
      generator.writeStartArray();
      RecipeSchema.write(recipe, generator);
      generator.writeEndArray();
    }
    try (JsonParser parser = json.createParser(ObjectReadContext.empty(), out.toString())) {
      parser.nextToken();
      parser.nextToken();
      assertEquals(recipe, RecipeSchema.parse(parser));
    }
  }

  @Test
  void generatedSources_useNoReflectionOrDataBinding() throws IOException {
    List<Path> sources;
    try (Stream<Path> walk =
        Files.walk(Path.of("target/generated-test-sources/test-annotations"))) {
      sources = walk.filter(p -> p.toString().endsWith("Schema.java")).toList();
    }
    assertTrue(sources.size() >= 10, "found " + sources.size());
    for (Path source : sources) {
      String text = Files.readString(source);
      for (String banned :
          List.of(
              "java.lang.reflect",
              "Class.forName",
              "getDeclared",
              "ObjectMapper",
              "tools.jackson.databind")) {
        assertTrue(!text.contains(banned), source + " uses " + banned);
      }
    }
  }
}
