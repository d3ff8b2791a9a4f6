package dev.interactions4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import dev.interactions4j.processor.testing.Golden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exact generated sources and schemas, one fixture directory per mapping row. */
class SchemaGoldenTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "recipe",
        "scalars",
        "times",
        "containers",
        "optionals",
        "sealed",
        "recursive",
        "generic",
        "constraints",
        "jakarta",
        "descriptions",
        "rawschema"
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

  @Test
  void sameInput_givesByteIdenticalOutput() {
    List<JavaFileObject> inputs = new ArrayList<>();
    for (String fixture : List.of("sealed", "recursive", "generic", "descriptions")) {
      inputs.addAll(Golden.inputs("schema/" + fixture));
    }
    Map<String, String> first =
        contents(javac().withProcessors(new GeminiProcessor()).compile(inputs));
    Map<String, String> second =
        contents(javac().withProcessors(new GeminiProcessor()).compile(inputs));
    assertFalse(first.isEmpty());
    assertEquals(first, second);
  }

  private static Map<String, String> contents(Compilation compilation) {
    assertThat(compilation).succeeded();
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        try {
          files.put(file.toUri().toString(), file.getCharContent(true).toString());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return files;
  }
}
