package dev.interactions4j.processor.step;

import com.palantir.javapoet.JavaFile;
import dev.interactions4j.processor.Diagnostics;
import dev.interactions4j.processor.Messages;
import dev.interactions4j.processor.generation.GeneratedNames;
import dev.interactions4j.processor.generation.ToolClassWriter;
import dev.interactions4j.processor.model.ToolModel;
import dev.interactions4j.processor.validation.MissingTypeException;
import dev.interactions4j.processor.validation.ToolInterfaceReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
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
 * Handles {@code @GeminiTool}: for each annotated interface, read a model, write {@code
 * <I>Functions} and the declarations resource. Interfaces that reach a type not generated yet are
 * retried next round.
 */
public final class ToolStep {
  /** The annotation this step handles. */
  public static final String ANNOTATION = "dev.interactions4j.GeminiTool";

  private final Elements elements;
  private final Filer filer;
  private final Diagnostics diagnostics;
  private final ToolInterfaceReader reader;
  private final ToolClassWriter writer;
  private final Map<String, String> deferred = new LinkedHashMap<>();
  private final Set<String> generated = new HashSet<>();

  public ToolStep(ProcessingEnvironment env, Diagnostics diagnostics, Predicate<TypeElement> inThisCompilation) {
    this.elements = env.getElementUtils();
    this.filer = env.getFiler();
    this.diagnostics = diagnostics;
    this.reader = new ToolInterfaceReader(env, diagnostics, inThisCompilation);
    this.writer = new ToolClassWriter(elements.getTypeElement("javax.annotation.processing.Generated") != null);
  }

  /** Processes one round: deferred interfaces first, then this round's annotated ones. */
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
        if (element instanceof TypeElement type) {
          processType(type);
        }
      }
    }
    if (round.processingOver()) {
      if (!round.errorRaised()) {
        deferred.forEach((name, missing) -> {
          TypeElement type = elements.getTypeElement(name);
          diagnostics.error(type, Messages.UNRESOLVED_TYPE, type.getSimpleName(), missing, missing);
        });
      }
      deferred.clear();
    }
  }

  private void processType(TypeElement type) {
    String name = type.getQualifiedName().toString();
    if (generated.contains(name)) {
      return;
    }
    try {
      Optional<ToolModel> model = reader.read(type);
      model.ifPresent(this::writeFiles);
    } catch (MissingTypeException e) {
      deferred.put(name, e.typeName());
    } catch (RuntimeException e) {
      diagnostics.internalError(type, type.getSimpleName().toString(), e);
    }
  }

  private void writeFiles(ToolModel model) {
    generated.add(model.sourceType().canonicalName());
    JavaFile file = writer.write(model);
    try {
      file.writeTo(filer);
      FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "",
          GeneratedNames.functionsResource(model.binaryName()), model.origin());
      try (Writer out = new OutputStreamWriter(resource.openOutputStream(), StandardCharsets.UTF_8)) {
        out.write(ToolClassWriter.declarations(model));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    diagnostics.note(model.origin(), Messages.GENERATED, GeneratedNames.functionsClass(model.sourceType()),
        GeneratedNames.functionsResource(model.binaryName()));
  }
}
