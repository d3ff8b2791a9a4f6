package dev.interactions4j.processor.step;

import com.palantir.javapoet.JavaFile;
import dev.interactions4j.processor.Diagnostics;
import dev.interactions4j.processor.Messages;
import dev.interactions4j.processor.generation.GeneratedNames;
import dev.interactions4j.processor.generation.OutputClassWriter;
import dev.interactions4j.processor.generation.SchemaJsonWriter;
import dev.interactions4j.processor.model.SchemaModel;
import dev.interactions4j.processor.validation.MissingTypeException;
import dev.interactions4j.processor.validation.OutputTypeReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Handles {@code @GeminiOutput}: for each annotated type, read a model, write {@code <T>Schema} and
 * the schema resource. Types that reach a type not generated yet are retried next round.
 */
public final class OutputStep {
  /** The annotation this step handles. */
  public static final String ANNOTATION = "dev.interactions4j.GeminiOutput";

  private static final int MAX_CONSTANT_BYTES = 65535;

  private final Elements elements;
  private final Filer filer;
  private final Diagnostics diagnostics;
  private final OutputTypeReader reader;
  private final OutputClassWriter writer;
  // Qualified name of a deferred type -> the missing type's name; names, never Elements.
  private final Map<String, String> deferred = new LinkedHashMap<>();
  private final Set<String> generated = new HashSet<>();

  /**
   * @param inThisCompilation whether a top-level type is compiled from source in this build
   */
  public OutputStep(
      ProcessingEnvironment env,
      Diagnostics diagnostics,
      Predicate<TypeElement> inThisCompilation) {
    this.elements = env.getElementUtils();
    this.filer = env.getFiler();
    this.diagnostics = diagnostics;
    this.reader = new OutputTypeReader(env, diagnostics, inThisCompilation);
    boolean generatedAvailable =
        elements.getTypeElement("javax.annotation.processing.Generated") != null;
    this.writer = new OutputClassWriter(generatedAvailable);
  }

  /** Processes one round: deferred types first, then this round's annotated types. */
  public void process(RoundEnvironment round) {
    List<String> retry = new ArrayList<>(deferred.keySet());
    deferred.clear();
    for (String name : retry) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        processType(type);
      }
    }
    TypeElement annotation = elements.getTypeElement(ANNOTATION);
    if (annotation != null) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        // @Target(TYPE) lets javac reject other kinds before we run.
        if (element instanceof TypeElement type) {
          processType(type);
        }
      }
    }
    if (round.processingOver()) {
      reportUnresolved(round);
    }
  }

  private void processType(TypeElement type) {
    String name = type.getQualifiedName().toString();
    if (generated.contains(name)) {
      return;
    }
    try {
      Optional<SchemaModel> model = reader.read(type);
      model.ifPresent(this::writeFiles);
    } catch (MissingTypeException e) {
      deferred.put(name, e.typeName());
    } catch (RuntimeException e) {
      diagnostics.internalError(type, type.getSimpleName().toString(), e);
    }
  }

  private void writeFiles(SchemaModel model) {
    generated.add(model.sourceType().canonicalName());
    String schema = SchemaJsonWriter.write(model);
    // JSON_SCHEMA is a constant; the class file format limits constants to 65535 bytes.
    int size = schema.getBytes(StandardCharsets.UTF_8).length;
    if (size > MAX_CONSTANT_BYTES) {
      diagnostics.error(model.origin(), Messages.SCHEMA_TOO_LARGE, model.sourceType(), size);
      return;
    }
    JavaFile file = writer.write(model);
    try {
      file.writeTo(filer);
      FileObject resource =
          filer.createResource(
              StandardLocation.CLASS_OUTPUT,
              "",
              GeneratedNames.schemaResource(model.binaryName()),
              model.origin());
      try (Writer out =
          new java.io.OutputStreamWriter(resource.openOutputStream(), StandardCharsets.UTF_8)) {
        out.write(schema);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    diagnostics.note(
        model.origin(),
        Messages.GENERATED,
        GeneratedNames.schemaClass(model.sourceType()),
        GeneratedNames.schemaResource(model.binaryName()));
  }

  private void reportUnresolved(RoundEnvironment round) {
    if (!round.errorRaised()) {
      for (Map.Entry<String, String> entry : deferred.entrySet()) {
        TypeElement type = elements.getTypeElement(entry.getKey());
        String missing = entry.getValue();
        diagnostics.error(type, Messages.UNRESOLVED_TYPE, type.getSimpleName(), missing, missing);
      }
    }
    deferred.clear();
  }
}
