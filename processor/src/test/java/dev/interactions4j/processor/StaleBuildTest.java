package dev.interactions4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A builder that recompiles only the changed file (some IDEs, Maven without incremental
 * compilation): a changed {@code @GeminiOutput} record regenerates its own parser, and the parser of
 * a type that uses it, not recompiled, calls that one, so nothing is stale.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StaleBuildTest {
  @TempDir Path classes;

  private static JavaFileObject money(String components) {
    return JavaFileObjects.forSourceString("shop.Money",
        "package shop;\n@dev.interactions4j.schema.GeminiOutput\npublic record Money(" + components + ") {}\n");
  }

  private static final JavaFileObject ORDER = JavaFileObjects.forSourceString("shop.Order",
      "package shop;\n@dev.interactions4j.schema.GeminiOutput\npublic record Order(String id, Money total) {}\n");

  @Test
  void changedNestedRecord_onlyItRecompiled_orderStillParses() throws Exception {
    write(compile(List.of(money("long cents"), ORDER)));
    // Money gains a component; only Money.java is recompiled, against the old class files.
    write(compile(List.of(money("long cents, String currency"))));

    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Object type = loader.loadClass("shop.OrderSchema").getField("TYPE").get(null);
      Object order = type.getClass().getMethod("parse", String.class)
          .invoke(type, "{\"id\":\"A1\",\"total\":{\"cents\":250,\"currency\":\"EUR\"}}");
      assertEquals("Order[id=A1, total=Money[cents=250, currency=EUR]]", order.toString());
    }
  }

  private Compilation compile(List<JavaFileObject> sources) {
    List<File> classpath = new ArrayList<>();
    classpath.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    Compilation compilation = javac().withProcessors(new GeminiProcessor()).withClasspath(classpath).compile(sources);
    assertThat(compilation).succeeded();
    return compilation;
  }

  private void write(Compilation compilation) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().getPath();
      if (!uri.contains("/CLASS_OUTPUT/")) {
        continue;
      }
      Path target = classes.resolve(uri.substring(uri.indexOf("/CLASS_OUTPUT/") + 14));
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
