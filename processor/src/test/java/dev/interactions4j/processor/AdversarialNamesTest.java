package dev.interactions4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * User names chosen to collide with the generated code's own names (locals, parameters, catch
 * variables, constants, nested records, fields): each declaration compiles without a warning,
 * because every generated name is allocated in its scope after the generated code's own.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AdversarialNamesTest {
  private static final String IMPORTS = "import dev.interactions4j.schema.*; import dev.interactions4j.tools.*;"
      + " import dev.interactions4j.service.*; import dev.interactions4j.*; import java.util.*;\n";

  static Stream<Arguments> corpus() {
    return Stream.of(
        arguments("catch variable and parameter", "@GeminiOutput public record A(String e, String in) {}"),
        arguments("in and in_", "@GeminiOutput public record A(String in, String in_, String in__) {}"),
        arguments("the loop variable", "@GeminiOutput public record A(String property, int discriminatorSeen) {}"),
        arguments("nested lambda parameters",
            "@GeminiOutput public record A(List<String> in1, List<Integer> v1, Map<String, String> g1, String value,"
                + " String generator) {}"),
        arguments("a sealed variant's components",
            "@GeminiOutput public sealed interface A permits A.B {"
                + " record B(String e, String in, String property, String discriminatorSeen) implements A {} }"),
        arguments("tools fooBar and foo_bar",
            "@GeminiTool public interface A { String fooBar(String x); String foo_bar(String x); }"),
        arguments("tools weather and Weather",
            "@GeminiTool public interface A { String weather(String city); String Weather(String city); }"),
        arguments("tool parameters named like the dispatcher's locals",
            "@GeminiTool public interface A { String look(String e, String json, String args, String impl, String in); }"),
        arguments("a service parameter named session",
            "@GeminiService(model = \"m\") public interface A { String ask(String session); }"),
        arguments("a placeholder named session",
            "@GeminiService(model = \"m\") public interface A {"
                + " @Prompt(\"Hi {session}, {interactionId}\") String ask(String session, String interactionId); }"),
        arguments("a tool interface whose parameter would be named client",
            "@GeminiService(model = \"m\", tools = A.Client.class) public interface A { String ask(String q);"
                + " @GeminiTool interface Client { String look(String q); } }"),
        arguments("a tool interface whose parameter would be named interactionId",
            "@GeminiService(model = \"m\", tools = A.InteractionId.class) public interface A { String ask(String q);"
                + " @GeminiTool interface InteractionId { String look(String q); } }"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void compilesWithoutWarnings(String name, String declaration) {
    Compilation compilation = javac().withProcessors(new GeminiProcessor())
        .compile(JavaFileObjects.forSourceString("test.A", "package test;\n" + IMPORTS + declaration + "\n"));
    assertThat(compilation).succeededWithoutWarnings();
  }
}
