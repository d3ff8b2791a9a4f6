package dev.interactions4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.interactions4j.processor.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exact generated sources and schemas, one fixture directory per mapping row. */
class SchemaGoldenTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "recipe", "scalars", "times", "containers", "optionals", "sealed", "recursive", "generic",
        "constraints", "jakarta", "descriptions", "rawschema"
      })
  void fixture_generatesExpectedSourcesAndSchemas(String name) {
    String fixture = "schema/" + name;
    Compilation compilation =
        javac()
            .withProcessors(new GeminiProcessor())
            .withOptions("-Xlint:all,-processing", "-Werror")
            .compile(Golden.inputs(fixture));
    assertThat(compilation).succeededWithoutWarnings();
    Golden.assertMatches(compilation, fixture);
  }
}
