package dev.interactions4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of declarations beyond the one-rule fixtures: more invalid ones in other positions
 * (each exactly one error, on its line, never a crash) and nasty legal ones (each compiles without
 * warnings, and its schema loads as JSON Schema and accepts an instance of the right shape).
 */
class ProcessorCorpusTest {
  private static final String IMPORTS = "import dev.interactions4j.schema.*; import dev.interactions4j.tools.*; import java.util.*;\n";

  static Stream<Arguments> invalid() {
    return Stream.of(
        arguments("record A(List<Object> xs) {}", "has type java.lang.Object"),
        arguments("record A(Map<String, Object> m) {}", "has type java.lang.Object"),
        arguments("record A(Set<?> s) {}", "wildcard"),
        arguments("record A(List<List<Thread>> t) {}", "no JSON form"),
        arguments("record A(Optional<Optional<String>> o) {}", "Optional"),
        arguments("record A(Map<Long, String> m) {}", "whose keys are not String"),
        arguments("record A(java.util.function.Supplier<String> s) {}", "function"),
        arguments("record A(java.util.stream.Stream<String> s) {}", "stream"),
        arguments("record A(java.io.InputStream in) {}", "no JSON form"),
        arguments("record A(Class<?> type) {}", "no JSON form"),
        arguments("record A(java.util.Date when) {}", "java.util.Date"),
        arguments("record A(@Nullable int n) {}", "@Nullable"),
        arguments("record A(@Min(1) String s) {}", "does not apply"),
        arguments("record A(@Pattern(regexp = \"[\") String s) {}", "pattern"),
        arguments("record A(@Size(min = 5, max = 1) List<String> s) {}", "allow no value"),
        arguments("record A(Iterable<String> i) {}", "not sealed"),
        arguments("record A(Comparable<String> c) {}", "not sealed"),
        arguments("record A(Runnable r) {}", "function"),
        arguments("record A(Thread[] threads) {}", "no JSON form"),
        arguments("record A(List raw) {}", "raw type"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void invalidDeclaration_isOneErrorOnItsLine(String declaration, String expected) {
    JavaFileObject source = JavaFileObjects.forSourceString("test.A",
        "package test;\n" + IMPORTS + "@GeminiOutput\npublic " + declaration + "\n");
    Compilation compilation = javac().withProcessors(new GeminiProcessor()).compile(source);
    assertThat(compilation).hadErrorCount(1);
    Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
    assertTrue(error.getMessage(null).toLowerCase().contains(expected.toLowerCase()), error.getMessage(null));
    assertTrue(!error.getMessage(null).contains("Internal error"), error.getMessage(null));
    assertEquals(4, error.getLineNumber(), "on the record's line");
  }

  static Stream<Arguments> legal() {
    StringBuilder wide = new StringBuilder("package test;\n" + IMPORTS + "@GeminiOutput public record Wide(");
    for (int i = 0; i < 200; i++) {
      wide.append(i == 0 ? "" : ", ").append("int c").append(i);
    }
    wide.append(") {}\n");
    StringBuilder deep = new StringBuilder("package test;\n" + IMPORTS + "@GeminiOutput public record Deep(Level0 next) {\n");
    for (int i = 0; i < 30; i++) {
      deep.append("  public record Level").append(i).append("(String name, ").append(i < 29 ? "Level" + (i + 1) + " next" : "int end").append(") {}\n");
    }
    deep.append("}\n");
    return Stream.of(
        arguments("test.Wide", wide.toString(), "{" + ints(200) + "}"),
        arguments("test.Deep", deep.toString(), null),
        arguments("test.Ünïcödé", "package test;\n" + IMPORTS + "@GeminiOutput public record Ünïcödé(String naïve, int größe, String 名前) {}\n",
            "{\"naïve\":\"x\",\"größe\":1,\"名前\":\"y\"}"),
        arguments("DefaultPackage", IMPORTS + "@GeminiOutput public record DefaultPackage(String name) {}\n", "{\"name\":\"x\"}"),
        arguments("test.Outer", "package test;\n" + IMPORTS + "public class Outer {\n  @GeminiOutput public record Inner(String a) {}\n"
            + "  public static class Mid { @GeminiOutput public record Leaf(Inner inner) {} }\n}\n", null),
        arguments("test.Expr", "package test;\n" + IMPORTS + "@GeminiOutput public sealed interface Expr {\n"
            + "  record Num(int value) implements Expr {}\n  record Add(Expr left, Expr right) implements Expr {}\n"
            + "  sealed interface Unary extends Expr {}\n  record Neg(Expr operand) implements Unary {}\n}\n",
            "{\"type\":\"Add\",\"left\":{\"type\":\"Num\",\"value\":1},\"right\":{\"type\":\"Neg\",\"operand\":{\"type\":\"Num\",\"value\":2}}}"),
        arguments("test.Clash", "package test;\n" + IMPORTS + "@GeminiOutput public record Clash(ClashSchema schema, String in, String property) {\n"
            + "  public record ClashSchema(String JSON_SCHEMA, String TYPE) {}\n}\n", null),
        arguments("test.Tools", "package test;\n" + IMPORTS + "@GeminiTool public interface Tools {\n"
            + "  String in(String json, String args, String impl);\n  void property(@Nullable String value);\n}\n", null));
  }

  private static String ints(int count) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      parts.add("\"c" + i + "\":" + i);
    }
    return String.join(",", parts);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("legal")
  void nastyLegalDeclaration_compilesAndItsSchemaWorks(String name, String source, String instance) throws IOException {
    Compilation compilation = javac().withProcessors(new GeminiProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(JavaFileObjects.forSourceString(name, source));
    assertThat(compilation).succeededWithoutWarnings();
    int schemas = 0;
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getName().contains("META-INF/interactions4j/") && file.getName().endsWith(".json")) {
        String json = file.getCharContent(true).toString();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        if (json.startsWith("[")) {
          // A declarations resource: each function's parameters is a schema.
          for (var declaration : tools.jackson.databind.json.JsonMapper.builder().build().readTree(json)) {
            registry.getSchema(declaration.get("parameters").toString()).validate("{}", InputFormat.JSON);
            schemas++;
          }
          continue;
        }
        var schema = registry.getSchema(json);
        if (instance != null) {
          assertEquals(List.of(), schema.validate(instance, InputFormat.JSON), file.getName());
        }
        schemas++;
      }
    }
    assertTrue(schemas > 0, "a schema or declarations resource was written");
  }

  static String read(Compilation compilation, String packageName, String file) {
    try {
      return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, packageName, file).orElseThrow()
          .getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
