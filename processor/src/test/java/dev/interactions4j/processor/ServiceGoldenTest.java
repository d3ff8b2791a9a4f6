package dev.interactions4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.interactions4j.processor.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exact generated service implementations, one fixture directory per case. */
class ServiceGoldenTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"travel", "settings"})
  void fixture_generatesExpectedImplementation(String name) {
    String fixture = "service/" + name;
    Compilation compilation = javac()
        .withProcessors(new GeminiProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(Golden.inputs(fixture));
    assertThat(compilation).succeededWithoutWarnings();
    Golden.assertMatches(compilation, fixture);
  }
}
