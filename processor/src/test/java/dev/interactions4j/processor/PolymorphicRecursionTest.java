package dev.interactions4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A generic record that refers to itself with growing type arguments has no finite schema: one
 * error on the component, at once, and the rest of the round is still generated. Recursion with
 * the same or smaller arguments (a swap, nesting written out) is not that, and compiles.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PolymorphicRecursionTest {
  private static final String IMPORTS = "import dev.interactions4j.schema.*; import java.util.*;\n";

  private static JavaFileObject source(String name, String body) {
    return JavaFileObjects.forSourceString("test." + name, "package test;\n" + IMPORTS + body + "\n");
  }

  @Test
  void growingTypeArguments_areOneErrorOnTheComponent() {
    JavaFileObject grow = source("Grow", "public record Grow<T>(T value,\n    @Nullable Grow<List<T>> next) {}");
    JavaFileObject holder = source("Holder", "@GeminiOutput public record Holder(Grow<String> grow) {}");
    JavaFileObject other = source("Other", "@GeminiOutput public record Other(String name) {}");
    // Uses the other type's generated class: were it not generated, this would be a second error.
    JavaFileObject user = source("User", "final class User { Object type = OtherSchema.TYPE; }");
    Compilation compilation = javac().withProcessors(new GeminiProcessor()).compile(grow, holder, other, user);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("Record component 'next' has type test.Grow<java.util.List<java.util.List<java.lang.String>>>:"
            + " test.Grow refers to itself with ever larger type arguments (polymorphic recursion), which no finite"
            + " JSON Schema describes; refer to it with its own type parameters (as in Grow<T>) or through a"
            + " non-generic record")
        .inFile(grow)
        .onLineContaining("Grow<List<T>> next");
  }

  @Test
  void swappedTypeArguments_areOrdinaryRecursion() {
    Compilation compilation = javac().withProcessors(new GeminiProcessor()).compile(
        source("Pair", "public record Pair<A, B>(A first, B second, @Nullable Pair<B, A> swapped) {}"),
        source("Holder", "@GeminiOutput public record Holder(Pair<String, Integer> pair) {}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void deepNestingWrittenOut_isNotRecursion() {
    Compilation compilation = javac().withProcessors(new GeminiProcessor()).compile(
        source("Box", "public record Box<T>(T value) {}"),
        source("Holder", "@GeminiOutput public record Holder(Box<Box<Box<Box<Box<String>>>>> box) {}"));
    assertThat(compilation).succeededWithoutWarnings();
  }
}
