package dev.interactions4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Generated files are built and rendered beside javac's thread and written when the round ends:
 * every one is written, a name already taken is an error on the annotated type, and no thread is
 * left behind.
 */
class GeneratedFilesTest {
  @Test
  void manyTypesInOneRound_allWritten_noThreadLeftBehind() {
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      sources.add(
          JavaFileObjects.forSourceString(
              "test.Item" + i,
              "package test;\n\n/** Item " + i + ". */\n@dev.interactions4j.schema.GeminiOutput\n"
                  + "public record Item" + i + "(String name, int count) {}\n"));
    }
    sources.add(
        JavaFileObjects.forSourceString(
            "test.Shop",
            "package test;\n\n/** A shop. */\n@dev.interactions4j.tools.GeminiTool\npublic interface Shop {\n"
                + "  /** Finds one. @param name its name */\n  Item7 find(String name);\n}\n"));

    Compilation compilation = javac().withProcessors(new GeminiProcessor()).compile(sources);

    assertThat(compilation).succeededWithoutWarnings();
    for (int i = 0; i < 40; i++) {
      assertThat(compilation)
          .generatedSourceFile("test.Item" + i + "Schema")
          .contentsAsUtf8String()
          .contains("new Item" + i + "(name, count)");
      assertThat(compilation)
          .generatedFile(
              StandardLocation.CLASS_OUTPUT, "META-INF/interactions4j/schemas/test.Item" + i + ".json");
    }
    assertThat(compilation).generatedSourceFile("test.ShopFunctions");
    boolean rendererAlive =
        Thread.getAllStackTraces().keySet().stream()
            .anyMatch(thread -> thread.getName().startsWith("interactions4j-render"));
    assertTrue(!rendererAlive, "a rendering thread outlived the compilation");
  }

  @Test
  void generatedNameAlreadyTaken_isOneErrorOnTheAnnotatedType_othersStillGenerated() {
    JavaFileObject order =
        JavaFileObjects.forSourceString(
            "test.Order",
            "package test;\n\n/** An order. */\n@dev.interactions4j.schema.GeminiOutput\n"
                + "public record Order(String id) {}\n");
    JavaFileObject taken =
        JavaFileObjects.forSourceString(
            "test.OrderSchema", "package test;\n\npublic final class OrderSchema {}\n");
    JavaFileObject customer =
        JavaFileObjects.forSourceString(
            "test.Customer",
            "package test;\n\n/** A customer. */\n@dev.interactions4j.schema.GeminiOutput\n"
                + "public record Customer(String name) {}\n");

    Compilation compilation =
        javac()
            .withProcessors(new GeminiProcessor())
            .withOptions("-Ainteractions4j.verbose=true")
            .compile(order, taken, customer);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Cannot write Order's generated test.OrderSchema: Attempt to recreate a file for type"
                + " test.OrderSchema; rename the type that already has that name, or the annotated"
                + " type")
        .inFile(order)
        .onLineContaining("public record Order");
    assertEquals(
        0,
        compilation.errors().stream()
            .filter(d -> d.getMessage(null).contains("Internal error"))
            .count());
    // compile-testing hides generated files of failed compilations; the verbose notes tell.
    assertThat(compilation)
        .hadNoteContaining("Generated test.CustomerSchema")
        .inFile(customer);
    assertEquals(
        1,
        compilation.notes().stream().filter(d -> d.getMessage(null).startsWith("Generated")).count(),
        "nothing reported as generated for Order");
  }
}
