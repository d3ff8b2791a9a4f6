package dev.interactions4j.processor.step;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.interactions4j.processor.Diagnostics;
import dev.interactions4j.processor.Messages;
import dev.interactions4j.processor.validation.MissingTypeException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The round handling every annotation's step shares: types deferred because they reach a type
 * not generated yet are retried first, each type is generated once, an unexpected exception
 * becomes one error on the type, and what is still unresolved at the end gets one error each.
 * Built for extension: a step only says how to generate one type.
 */
abstract class TypeStep {
  protected final Elements elements;
  protected final GeneratedFiles files;
  protected final Diagnostics diagnostics;
  private final String annotation;
  // Qualified name of a deferred type -> the missing type's name; names, never Elements.
  private final Map<String, String> deferred = new LinkedHashMap<>();
  private final Set<String> generated = new HashSet<>();

  TypeStep(
      ProcessingEnvironment env, Diagnostics diagnostics, GeneratedFiles files, String annotation) {
    this.elements = env.getElementUtils();
    this.files = files;
    this.diagnostics = diagnostics;
    this.annotation = annotation;
  }

  /**
   * Reads {@code type} and writes what it generates, reporting its errors.
   *
   * @throws MissingTypeException if a type it reaches does not exist yet; it is retried later
   */
  abstract void generate(TypeElement type);

  /** Processes one round: deferred types first, then this round's annotated types. */
  public final void process(RoundEnvironment round) {
    List<String> retry = new ArrayList<>(deferred.keySet());
    deferred.clear();
    for (String name : retry) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        processType(type);
      }
    }
    TypeElement annotationType = elements.getTypeElement(annotation);
    if (annotationType != null) {
      for (Element element : round.getElementsAnnotatedWith(annotationType)) {
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
      generate(type);
      generated.add(name);
    } catch (MissingTypeException e) {
      deferred.put(name, e.typeName());
    } catch (RuntimeException e) {
      diagnostics.internalError(type, type.getSimpleName().toString(), e);
    }
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

  /**
   * Writes a generated class and the JSON resource beside it when the round ends; the verbose note
   * names both once both are written.
   */
  final void writeClassAndResource(
      Supplier<JavaFile> source,
      ClassName className,
      String resourcePath,
      String json,
      TypeElement origin) {
    files.source(source, origin, () -> {});
    files.resource(
        resourcePath,
        json,
        origin,
        () -> diagnostics.note(origin, Messages.GENERATED, className, resourcePath));
  }
}
