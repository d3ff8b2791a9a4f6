package dev.interactions4j.processor.validation;

import dev.interactions4j.processor.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Recognizes types that are not data (functions, streams, threads, I/O handles) so that they get a
 * precise error instead of the generic one, and suggests replacements for common classes.
 */
final class NoJsonForm {
  private static final List<String> FUNCTIONS =
      List.of("java.lang.Runnable", "java.util.concurrent.Callable");
  private static final List<String> STREAMS =
      List.of("java.util.stream.BaseStream", "java.util.Iterator", "java.util.Spliterator");
  private static final List<String> RESOURCES =
      List.of(
          "java.lang.Thread",
          "java.lang.ThreadLocal",
          "java.lang.ThreadGroup",
          "java.util.concurrent.Future",
          "java.util.concurrent.Executor",
          "java.util.concurrent.locks.Lock",
          "java.lang.AutoCloseable",
          "java.lang.Class",
          "java.lang.ClassLoader",
          "java.lang.ref.Reference");
  private static final Map<String, String> CLASS_HINTS =
      Map.of(
          "java.util.Date", "java.time.Instant",
          "java.util.Calendar", "java.time.OffsetDateTime",
          "java.sql.Timestamp", "java.time.Instant",
          "java.sql.Date", "java.time.LocalDate",
          "java.net.URL", "java.net.URI");

  private final Elements elements;
  private final Types types;
  private final Map<String, Optional<TypeMirror>> erasedKnownTypes = new HashMap<>();

  NoJsonForm(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The message pattern for a type that is not data, if it is one. */
  Optional<String> check(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    PackageElement pkg = elements.getPackageOf(element);
    boolean function =
        pkg.getQualifiedName().contentEquals("java.util.function")
            || isAny(type, FUNCTIONS)
            || element.getAnnotationMirrors().stream()
                .anyMatch(
                    m -> Annotations.qualifiedName(m).equals("java.lang.FunctionalInterface"));
    // Most specific first: a Stream is AutoCloseable, a Thread is a Runnable.
    if (isAny(type, STREAMS)) {
      return Optional.of(Messages.STREAM);
    }
    if (isAny(type, RESOURCES)) {
      return Optional.of(Messages.RESOURCE);
    }
    if (function) {
      return Optional.of(Messages.FUNCTION);
    }
    return Optional.empty();
  }

  /** A hint for a class that is not a record, starting with "; ", or "". */
  String classHint(DeclaredType type) {
    String name = ((TypeElement) type.asElement()).getQualifiedName().toString();
    if (CLASS_HINTS.containsKey(name)) {
      return ", or use " + CLASS_HINTS.get(name);
    }
    if (isAny(type, List.of("java.util.Set"))) {
      return ", or declare it as java.util.Set";
    }
    if (isAny(type, List.of("java.util.Collection"))) {
      return ", or declare it as java.util.List";
    }
    if (isAny(type, List.of("java.util.Map"))) {
      return ", or declare it as java.util.Map<String, V>";
    }
    return ", or give the component @RawSchema and type String";
  }

  private boolean isAny(TypeMirror type, List<String> names) {
    TypeMirror erased = types.erasure(type);
    for (String name : names) {
      Optional<TypeMirror> known = erasedKnownTypes.computeIfAbsent(name, this::erasedType);
      if (known.isPresent() && types.isSubtype(erased, known.get())) {
        return true;
      }
    }
    return false;
  }

  // A lookup by name makes javac resolve the name each time; these few answers are kept.
  private Optional<TypeMirror> erasedType(String name) {
    return Optional.ofNullable(elements.getTypeElement(name)).map(known -> types.erasure(known.asType()));
  }
}
