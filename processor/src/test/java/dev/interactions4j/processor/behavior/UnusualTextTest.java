package dev.interactions4j.processor.behavior;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.sun.net.httpserver.HttpServer;
import dev.interactions4j.GeminiClient;
import dev.interactions4j.processor.GeminiProcessor;
import dev.interactions4j.processor.testing.CompiledClasses;
import dev.interactions4j.schema.OutputType;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text that JavaPoet's {@code $S} used to break: U+2028 and U+2029 (which it took for line breaks,
 * leaving an unclosed literal), NEL, and lone surrogates (which the source file's UTF-8 cannot
 * hold). Each compiles, and survives exactly into the schema, the parser, the prompt and the
 * system instruction.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class UnusualTextTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** Line separator, paragraph separator, next line. */
  private static final String LS = "\u2028";
  private static final String PS = "\u2029";
  private static final String NEL = "\u0085";

  private static Compilation compile(String source) {
    return javac().withProcessors(new GeminiProcessor())
        .compile(JavaFileObjects.forSourceString("test.A", "package test;\n"
            + "import dev.interactions4j.schema.*; import dev.interactions4j.service.*; import java.util.*;\n" + source));
  }

  @Test
  void separatorsInJavadocNamesAndDescriptions_surviveIntoTheSchemaAndTheParser() {
    Compilation compilation = compile(
        "/** Line one" + LS + "line two" + PS + "end" + NEL + ". */\n"
            + "@GeminiOutput public record A(@JsonName(\"x" + LS + "y\") String v,\n"
            + "    @Description(\"d" + PS + "e \\uD800 f \\uDC00\") String w, K k) {\n"
            + "  public enum K { @JsonName(\"k" + LS + "\") ONE }\n}\n");
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = CompiledClasses.of(compilation);
    JsonNode schema = JSON.readTree((String) classes.staticField("test.ASchema", "JSON_SCHEMA"));
    assertEquals("Line one" + LS + "line two" + PS + "end" + NEL + ".", schema.path("description").asString());
    assertTrue(schema.path("properties").has("x" + LS + "y"), schema.toString());
    assertEquals("d" + PS + "e \uD800 f \uDC00", schema.path("properties").path("w").path("description").asString());
    assertEquals("k" + LS, schema.path("properties").path("k").path("enum").path(0).asString());

    OutputType<?> type = (OutputType<?>) classes.staticField("test.ASchema", "TYPE");
    String json = "{\"x\\u2028y\": \"one\", \"w\": \"two\", \"k\": \"k\\u2028\"}";
    Object value = type.parse(json);
    assertEquals("A[v=one, w=two, k=ONE]", value.toString());
    assertEquals(value, parseWritten(type, value));
  }

  @SuppressWarnings("unchecked")
  private static <T> Object parseWritten(OutputType<T> type, Object value) {
    return type.parse(type.write((T) value));
  }

  @Test
  void separatorsInPromptAndSystemInstruction_reachTheRequestAsWritten() throws Exception {
    Compilation compilation = compile(
        "@GeminiService(model = \"m\") @SystemInstruction(\"Be" + LS + "brief" + PS + "\")\n"
            + "public interface A { @Prompt(\"Say" + PS + "{word}" + LS + "\") String say(String word); }\n");
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> service = CompiledClasses.of(compilation).load("test.GeminiA");
    List<JsonNode> bodies = new ArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      bodies.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
      byte[] answer = ("{\"id\":\"v1_a\",\"status\":\"completed\",\"steps\":[{\"type\":\"model_output\","
          + "\"content\":[{\"type\":\"text\",\"text\":\"ok\"}]}]}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    });
    server.start();
    try (GeminiClient client = GeminiClient.builder().apiKey("k")
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort()).build()) {
      Object agent = service.getMethod("create", GeminiClient.class).invoke(null, client);
      Object answer = service.getMethod("say", String.class).invoke(agent, "hi");
      assertEquals("ok", answer);
    } finally {
      server.stop(0);
    }
    assertEquals(1, bodies.size());
    List<String> texts = new ArrayList<>();
    collectStrings(bodies.get(0), texts);
    assertTrue(texts.contains("Be" + LS + "brief" + PS), texts.toString());
    assertTrue(texts.contains("Say" + PS + "hi" + LS), texts.toString());
  }

  private static void collectStrings(JsonNode node, List<String> into) {
    if (node.isString()) {
      into.add(node.asString());
    }
    node.forEach(child -> collectStrings(child, into));
  }
}
