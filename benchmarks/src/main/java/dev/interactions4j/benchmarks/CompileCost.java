package dev.interactions4j.benchmarks;

import dev.interactions4j.processor.GeminiProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One javac run over a corpus, in this fresh JVM, timed from the inside: the whole compilation, and
 * (with the processor) the time spent in the processor's own {@code init} and {@code process}
 * calls, which is analysis, code generation and the {@code Filer} writes, but not javac parsing
 * and compiling the generated files. Run by {@code benchmarks/compile-cost.sh}, one JVM per run.
 *
 * <p>Arguments: {@code with|without}, the source directory, the class output directory, the
 * generated source directory, the classpath. Prints the compilation's milliseconds, the
 * processor's milliseconds (0 without it), and the part of those spent in javac's {@code Filer}
 * creating the files (its checks that a name is new, which compare with every input and every file
 * written so far), and the CPU time javac's thread spent in the processor (work the processor hands
 * to its rendering thread is not in it).
 */
public final class CompileCost {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CompileCost() {}

  public static void main(String[] args) throws IOException {
    boolean withProcessor = args[0].equals("with");
    List<Path> sources;
    try (Stream<Path> files = Files.walk(Path.of(args[1]))) {
      sources = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    TimedProcessor processor = new TimedProcessor(new GeminiProcessor());
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      List<String> options = new ArrayList<>(List.of("-nowarn", "-d", args[2], "-s", args[3], "-cp", args[4]));
      if (!withProcessor) {
        options.add("-proc:none");
      }
      long start = System.nanoTime();
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, null, options, null, files.getJavaFileObjectsFromPaths(sources));
      if (withProcessor) {
        task.setProcessors(List.of(processor));
      }
      boolean compiled = task.call();
      long total = System.nanoTime() - start;
      if (!compiled) {
        throw new IllegalStateException("the corpus did not compile");
      }
      System.out.println(total / 1_000_000 + " " + processor.nanos / 1_000_000 + " "
          + processor.filer.nanos / 1_000_000 + " " + processor.cpuNanos / 1_000_000);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Delegates to the processor and adds up the time spent inside it. */
  private static final class TimedProcessor implements Processor {
    private final Processor delegate;
    private final TimedFiler filer = new TimedFiler();
    long nanos;
    long cpuNanos;

    TimedProcessor(Processor delegate) {
      this.delegate = delegate;
    }

    @Override
    public void init(ProcessingEnvironment env) {
      long start = System.nanoTime();
      filer.delegate = env.getFiler();
      delegate.init(new TimedEnvironment(env, filer));
      nanos += System.nanoTime() - start;
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      long start = System.nanoTime();
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      try {
        return delegate.process(annotations, round);
      } finally {
        nanos += System.nanoTime() - start;
        cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
      }
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public Iterable<? extends Completion> getCompletions(
        Element element, AnnotationMirror annotation, ExecutableElement member, String text) {
      return delegate.getCompletions(element, annotation, member, text);
    }
  }

  /** The processing environment with a {@link TimedFiler} in place of javac's. */
  private record TimedEnvironment(ProcessingEnvironment env, TimedFiler filer)
      implements ProcessingEnvironment {

    @Override
    public Map<String, String> getOptions() {
      return env.getOptions();
    }

    @Override
    public Messager getMessager() {
      return env.getMessager();
    }

    @Override
    public Filer getFiler() {
      return filer;
    }

    @Override
    public Elements getElementUtils() {
      return env.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return env.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return env.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return env.getLocale();
    }
  }

  /** Times javac's file creation calls; writing to the returned files is not included. */
  private static final class TimedFiler implements Filer {
    Filer delegate;
    long nanos;

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
        throws IOException {
      return timed(() -> delegate.createSourceFile(name, originatingElements));
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
        throws IOException {
      return timed(() -> delegate.createClassFile(name, originatingElements));
    }

    @Override
    public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPackage,
        CharSequence relativeName, Element... originatingElements) throws IOException {
      return timed(
          () -> delegate.createResource(location, moduleAndPackage, relativeName, originatingElements));
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPackage,
        CharSequence relativeName) throws IOException {
      return timed(() -> delegate.getResource(location, moduleAndPackage, relativeName));
    }

    private <T> T timed(FilerCall<T> call) throws IOException {
      long start = System.nanoTime();
      try {
        return call.run();
      } finally {
        nanos += System.nanoTime() - start;
      }
    }
  }

  @FunctionalInterface
  private interface FilerCall<T> {
    T run() throws IOException;
  }
}
