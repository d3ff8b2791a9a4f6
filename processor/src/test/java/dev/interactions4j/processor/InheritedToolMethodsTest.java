package dev.interactions4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.interactions4j.processor.testing.CompiledClasses;
import dev.interactions4j.tools.ToolErrorPolicy;
import dev.interactions4j.tools.ToolSet;
import dev.interactions4j.wire.Step;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Abstract methods a {@code @GeminiTool} interface inherits are functions too, after its own, with
 * their Javadoc; a generic super-interface's with its type arguments; one a default method
 * overrides is not a function.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InheritedToolMethodsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String SOURCE = "package test;\nimport dev.interactions4j.tools.*;\n"
      + "interface Base {\n"
      + "  /** Today's forecast. @param city the city */\n"
      + "  String forecast(String city);\n"
      + "  /** Replaced by a default method below. */\n"
      + "  String replaced(String x);\n"
      + "}\n"
      + "interface Lookup<K> {\n"
      + "  /** Finds an entry. @param key what to find */\n"
      + "  String find(K key);\n"
      + "}\n"
      + "@GeminiTool public interface A extends Base, Lookup<Integer> {\n"
      + "  /** Its own function. */\n"
      + "  String own(String x);\n"
      + "  @Override default String replaced(String x) { return x; }\n"
      + "}\n";

  @Test
  void inheritedAbstractMethods_areFunctionsWithTheirJavadocAndResolvedTypes() throws Exception {
    Compilation compilation = javac().withProcessors(new GeminiProcessor())
        .compile(JavaFileObjects.forSourceString("test.A", SOURCE));
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = CompiledClasses.of(compilation);
    JsonNode declarations = JSON.readTree((String) classes.staticField("test.AFunctions", "DECLARATIONS_JSON"));
    assertEquals(3, declarations.size(), declarations.toString());
    assertEquals("own", declarations.path(0).path("name").asString());
    assertEquals("forecast", declarations.path(1).path("name").asString());
    assertEquals("Today's forecast.", declarations.path(1).path("description").asString());
    assertEquals("the city", declarations.path(1).path("parameters").path("properties").path("city")
        .path("description").asString());
    assertEquals("find", declarations.path(2).path("name").asString());
    assertEquals("integer", declarations.path(2).path("parameters").path("properties").path("key")
        .path("type").asString());

    Class<?> tool = classes.load("test.A");
    Object impl = Proxy.newProxyInstance(classes, new Class<?>[] {tool}, (proxy, method, args) ->
        method.getName() + ":" + args[0]);
    ToolSet set = (ToolSet) classes.load("test.AFunctions").getMethod("bind", tool).invoke(null, impl);
    assertEquals(List.of("own", "forecast", "find"), set.names());
    ObjectNode arguments = JSON.createObjectNode().put("key", 7);
    Step.FunctionResult result = set.execute(new Step.FunctionCall("c1", "find", arguments, null), ToolErrorPolicy.RETHROW);
    assertEquals("{\"result\":\"find:7\"}", result.result().toString());
  }
}
