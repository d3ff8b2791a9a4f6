package dev.interactions4j.processor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * Golden files: fixture inputs and the exact files the processor must generate from them. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files (the test then fails, so that the diff
 * is reviewed in the commit).
 */
public final class Golden {
  /** The test resources directory, where fixtures live. */
  public static final Path RESOURCES = Paths.get("src/test/resources");

  /** The folder of sources several fixtures share, under {@link #RESOURCES}. */
  public static final String SHARED = "shared";

  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private Golden() {}

  /**
   * The Java sources under {@code <fixture>/input}, and the shared sources that {@code
   * <fixture>/shared-inputs} names (one path under {@link #SHARED} a line), as AutoFactory's tests
   * share {@code support/}: a type several fixtures use is written once.
   */
  public static List<JavaFileObject> inputs(String fixture) {
    Path input = RESOURCES.resolve(fixture).resolve("input");
    List<JavaFileObject> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(input)) {
      files.filter(p -> p.toString().endsWith(".java"))
          .sorted()
          .forEach(p -> sources.add(JavaFileObjects.forSourceString(className(input, p), read(p))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path shared = RESOURCES.resolve(fixture).resolve("shared-inputs");
    if (Files.exists(shared)) {
      for (String line : read(shared).strip().split("\n")) {
        Path file = RESOURCES.resolve(SHARED).resolve(line.strip());
        sources.add(JavaFileObjects.forSourceString(className(RESOURCES.resolve(SHARED), file), read(file)));
      }
    }
    return sources;
  }

  /** One source file of the test resources, e.g. {@code diagnostics/DateComponent.java}. */
  public static JavaFileObject source(String path) {
    Path file = RESOURCES.resolve(path);
    String name = file.getFileName().toString().replace(".java", "");
    String text = read(file);
    String pkg =
        text.lines()
            .filter(l -> l.startsWith("package "))
            .findFirst()
            .map(l -> l.substring(8, l.indexOf(';')).strip() + ".")
            .orElse("");
    return JavaFileObjects.forSourceString(pkg + name, text);
  }

  /**
   * Asserts that the generated sources and schema resources equal {@code <fixture>/expected}, file
   * for file: {@code .java} under their package path, schemas under {@code META-INF/...}.
   */
  public static void assertMatches(Compilation compilation, String fixture) {
    Path expectedDir = RESOURCES.resolve(fixture).resolve("expected");
    Map<String, String> actual = generated(compilation);
    if (UPDATE) {
      write(expectedDir, actual);
      fail("Rewrote golden files in " + expectedDir + "; review the diff and run again");
    }
    Map<String, String> expected = expectedFiles(expectedDir);
    if (expected.isEmpty()) {
      fail("No golden files in " + expectedDir + "; run with -Dgolden.update=true to create them");
    }
    assertEquals(expected.keySet(), actual.keySet(), "generated files of " + fixture);
    expected.forEach((path, text) -> assertEquals(text, actual.get(path), fixture + ": " + path));
  }

  private static Map<String, String> generated(Compilation compilation) {
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().getPath();
      int source = uri.indexOf("/SOURCE_OUTPUT/");
      int classes = uri.indexOf("/CLASS_OUTPUT/");
      if (source >= 0) {
        files.put(uri.substring(source + 15), content(file));
      } else if (classes >= 0 && uri.endsWith(".json")) {
        files.put(uri.substring(classes + 14), content(file));
      }
    }
    return files;
  }

  private static Map<String, String> expectedFiles(Path dir) {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .filter(Files::isRegularFile)
          .forEach(p -> files.put(dir.relativize(p).toString().replace('\\', '/'), read(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static void write(Path dir, Map<String, String> files) {
    try {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> old = Files.walk(dir)) {
          old.sorted((a, b) -> b.compareTo(a)).filter(Files::isRegularFile).forEach(Golden::delete);
        }
      }
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = dir.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String content(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String className(Path root, Path file) {
    String relative = root.relativize(file).toString().replace('\\', '/');
    return relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
