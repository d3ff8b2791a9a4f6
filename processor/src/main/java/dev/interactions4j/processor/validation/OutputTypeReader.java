package dev.interactions4j.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.interactions4j.processor.Diagnostics;
import dev.interactions4j.processor.Messages;
import dev.interactions4j.processor.model.JsonType;
import dev.interactions4j.processor.model.SchemaModel;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Reads a {@code @GeminiOutput} type into a {@link SchemaModel}, reporting every problem found in
 * it or in the types it reaches. Empty when any was an error.
 */
public final class OutputTypeReader {
  private final ProcessingEnvironment env;
  private final Diagnostics diagnostics;
  private final Predicate<TypeElement> inThisCompilation;

  /**
   * @param inThisCompilation whether a top-level type's source is being compiled (only then can
   *     errors point into it, and only then is its Javadoc available)
   */
  public OutputTypeReader(
      ProcessingEnvironment env,
      Diagnostics diagnostics,
      Predicate<TypeElement> inThisCompilation) {
    this.env = env;
    this.diagnostics = diagnostics;
    this.inThisCompilation = inThisCompilation;
  }

  /**
   * Reads {@code type}.
   *
   * @throws MissingTypeException if a type it reaches does not exist yet; retry in a later round
   */
  public Optional<SchemaModel> read(TypeElement type) {
    int errors = diagnostics.errorCount();
    if (!checkRoot(type)) {
      return Optional.empty();
    }
    DefinitionReader definitions = new DefinitionReader(env, diagnostics, inThisCompilation, type);
    Site site = new Site(type, "Type " + type.getQualifiedName());
    Optional<JsonType.Named> root = definitions.define((DeclaredType) type.asType(), site);
    if (root.isEmpty() || diagnostics.errorCount() > errors) {
      return Optional.empty();
    }
    ReadSession session = definitions.session();
    // Other @GeminiOutput types it uses are read by their own <U>Schema: each parser lives with its type.
    Set<String> others = new HashSet<>(session.generatedSchemaKeys());
    others.remove(root.get().key());
    return Optional.of(
        new SchemaModel(
            type,
            ClassName.get(type),
            env.getElementUtils().getBinaryName(type).toString(),
            root.get().key(),
            session.definitions(),
            session.recursiveKeys(),
            others));
  }

  private boolean checkRoot(TypeElement type) {
    ElementKind kind = type.getKind();
    String what = null;
    if (kind == ElementKind.CLASS) {
      what = "a class that is not a record; make it a record";
    } else if (kind == ElementKind.ANNOTATION_TYPE) {
      what = "an annotation interface; annotate a record instead";
    } else if (kind == ElementKind.INTERFACE && !type.getModifiers().contains(Modifier.SEALED)) {
      what = "an interface that is not sealed; make it sealed and permit only records";
    }
    if (what != null) {
      diagnostics.error(type, Messages.ROOT_KIND, type.getQualifiedName(), what);
      return false;
    }
    if (!type.getTypeParameters().isEmpty()) {
      String parameters =
          type.getTypeParameters().stream()
              .map(p -> p.getSimpleName().toString())
              .collect(Collectors.joining(", "));
      diagnostics.error(
          type, Messages.ROOT_GENERIC, type.getQualifiedName(), parameters, type.getSimpleName());
      return false;
    }
    return true;
  }
}
