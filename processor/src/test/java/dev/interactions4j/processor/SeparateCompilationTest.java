package dev.interactions4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.interactions4j.processor.testing.Golden;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Types from another compilation unit (a jar, or a class Gradle did not recompile): only their
 * class files are visible, so Javadoc is gone but {@code @Description} (class retention) stays, and
 * errors in them are reported on the annotated type being compiled.
 */
class SeparateCompilationTest {
  @TempDir static Path library;

  @BeforeAll
  static void compileLibrary() throws IOException {
    Compilation lib =
        javac()
            .withProcessors(new GeminiProcessor())
            .compile(
                Golden.source("separate/lib/Contact.java"),
                Golden.source("separate/lib/Address.java"),
                Golden.source("separate/lib/Legacy.java"));
    assertThat(lib).succeeded();
    for (JavaFileObject file : lib.generatedFiles()) {
      String uri = file.toUri().getPath();
      if (!uri.contains("/CLASS_OUTPUT/")) {
        continue;
      }
      Path target = library.resolve(uri.substring(uri.indexOf("/CLASS_OUTPUT/") + 14));
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.copy(in, target);
      }
    }
  }

  private static Compiler withLibrary() {
    List<File> classpath = new ArrayList<>();
    classpath.add(library.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    return javac().withProcessors(new GeminiProcessor()).withClasspath(classpath);
  }

  @Test
  void typeFromClassFile_keepsDescriptionAnnotationsButNotJavadoc() {
    Compilation compilation = withLibrary().compile(Golden.source("separate/app/Delivery.java"));
    assertThat(compilation).succeededWithoutWarnings();
    String schema = "META-INF/interactions4j/schemas/app.Delivery.json";
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, schema)
        .contentsAsUtf8String()
        .contains("\"description\":\"Street and number\"");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, schema)
        .contentsAsUtf8String()
        .contains("\"description\":\"A postal address\"");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, schema)
        .contentsAsUtf8String()
        .doesNotContain("class file");
  }

  @Test
  void geminiOutputTypeFromClassFile_keepsItsJavadocThroughItsGeneratedSchema() {
    Compilation compilation = withLibrary().compile(Golden.source("separate/app/Customer.java"));
    assertThat(compilation).succeededWithoutWarnings();
    String schema = "META-INF/interactions4j/schemas/app.Customer.json";
    for (String description :
        List.of(
            "How to reach someone: compiled with the processor, so its schema keeps this text.",
            "where mail goes",
            "when mail is too slow")) {
      assertThat(compilation)
          .generatedFile(StandardLocation.CLASS_OUTPUT, schema)
          .contentsAsUtf8String()
          .contains("\"description\":\"" + description + "\"");
    }
  }

  @Test
  void badTypeFromClassFile_isReportedOnTheAnnotatedType() {
    JavaFileObject archive = Golden.source("separate/app/Archive.java");
    Compilation compilation = withLibrary().compile(archive);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Record component 'when' of lib.Legacy has type java.util.Date, a class that is not a"
                + " record; make it a record, or use java.time.Instant")
        .inFile(archive)
        .onLineContaining("public record Archive");
  }
}
