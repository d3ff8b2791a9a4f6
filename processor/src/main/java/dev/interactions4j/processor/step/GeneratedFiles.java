package dev.interactions4j.processor.step;

import com.palantir.javapoet.JavaFile;
import dev.interactions4j.processor.Diagnostics;
import dev.interactions4j.processor.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * The files a round generates. Building a {@link JavaFile} from a model and rendering it to text is
 * pure work on immutable values, so it runs on a helper thread while javac's thread goes on reading
 * the next types. The files are created through the {@link Filer}, which is not thread-safe, on
 * javac's thread, in order, when the round ends ({@link #flush}). javac parses generated sources
 * only after a round, so writing them at its end changes nothing for the compilation.
 */
public final class GeneratedFiles {
  // One helper thread, and only with a second core: javac itself is single-threaded.
  private static final boolean RENDER_IN_PARALLEL = Runtime.getRuntime().availableProcessors() > 1;

  private final Filer filer;
  private final Diagnostics diagnostics;
  private final List<Pending> pending = new ArrayList<>();
  // Started by a round's first source, stopped by its flush: no thread outlives a round.
  private ExecutorService renderer;

  public GeneratedFiles(Filer filer, Diagnostics diagnostics) {
    this.filer = filer;
    this.diagnostics = diagnostics;
  }

  /**
   * Builds and renders a source (on the helper thread) and writes it when the round ends, then runs
   * {@code written}. {@code build} must only read its immutable model: javac's elements are not
   * thread-safe.
   */
  void source(Supplier<JavaFile> build, TypeElement origin, Runnable written) {
    pending.add(new Pending(origin, null, render(() -> Rendered.of(build.get())), written));
  }

  /** Writes {@code text} as a resource in {@code CLASS_OUTPUT} when the round ends, then runs {@code written}. */
  void resource(String path, String text, TypeElement origin, Runnable written) {
    pending.add(
        new Pending(
            origin, path, CompletableFuture.completedFuture(new Rendered(null, text)), written));
  }

  /** Creates this round's files, in the order they were generated; a failure is an error on its type. */
  public void flush() {
    // A type whose file failed gets no further files: the error says what was not generated.
    Set<TypeElement> failed = new HashSet<>();
    for (Pending file : pending) {
      if (failed.contains(file.origin())) {
        continue;
      }
      try {
        Rendered rendered = file.rendered().join();
        if (file.resourcePath() == null) {
          try (Writer out = filer.createSourceFile(rendered.sourceName(), file.origin()).openWriter()) {
            out.write(rendered.text());
          }
        } else {
          try (OutputStream out =
              filer.createResource(StandardLocation.CLASS_OUTPUT, "", file.resourcePath(), file.origin())
                  .openOutputStream()) {
            out.write(rendered.text().getBytes(StandardCharsets.UTF_8));
          }
        }
        file.written().run();
      } catch (FilerException e) {
        failed.add(file.origin());
        // The name is taken: by a type of the user's, or by a file another processor wrote.
        diagnostics.error(
            file.origin(),
            Messages.GENERATED_FILE_EXISTS,
            file.origin().getSimpleName(),
            file.resourcePath() == null ? file.rendered().join().sourceName() : file.resourcePath(),
            e.getMessage());
      } catch (IOException | RuntimeException e) {
        failed.add(file.origin());
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        diagnostics.internalError(file.origin(), file.origin().getSimpleName().toString(), cause);
      }
    }
    pending.clear();
    if (renderer != null) {
      renderer.shutdown();
      renderer = null;
    }
  }

  private CompletableFuture<Rendered> render(Supplier<Rendered> work) {
    if (!RENDER_IN_PARALLEL) {
      return CompletableFuture.completedFuture(work.get());
    }
    if (renderer == null) {
      renderer =
          Executors.newSingleThreadExecutor(
              task -> {
                Thread thread = new Thread(task, "interactions4j-render");
                thread.setDaemon(true);
                return thread;
              });
    }
    return CompletableFuture.supplyAsync(work, renderer);
  }

  private record Pending(
      TypeElement origin,
      String resourcePath,
      CompletableFuture<Rendered> rendered,
      Runnable written) {}

  private record Rendered(String sourceName, String text) {
    static Rendered of(JavaFile file) {
      String name = file.typeSpec().name();
      return new Rendered(
          file.packageName().isEmpty() ? name : file.packageName() + "." + name, file.toString());
    }
  }
}
