package dev.interactions4j.processor.validation;

import dev.interactions4j.processor.model.RuntimeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads annotations through {@link AnnotationMirror}s: ours by qualified name, constraint and
 * nullability annotations by simple name so that Jakarta Validation's and JSpecify's work too.
 */
final class Annotations {
  static final String DESCRIPTION = RuntimeNames.DESCRIPTION;
  static final String JSON_NAME = RuntimeNames.JSON_NAME;
  static final String RAW_SCHEMA = RuntimeNames.RAW_SCHEMA;

  private final Elements elements;

  Annotations(Elements elements) {
    this.elements = elements;
  }

  /** The annotation of {@code element} with this qualified name. */
  Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    return element.getAnnotationMirrors().stream()
        .filter(m -> qualifiedName(m).equals(qualifiedName))
        .map(m -> (AnnotationMirror) m)
        .findFirst();
  }

  /** The first annotation with this simple name among {@code mirrors}. */
  static Optional<AnnotationMirror> findBySimpleName(
      List<? extends AnnotationMirror> mirrors, String simpleName) {
    return mirrors.stream()
        .filter(m -> simpleName(m).equals(simpleName))
        .map(m -> (AnnotationMirror) m)
        .findFirst();
  }

  /** Declaration and type-use annotations, without repeats of the same simple name. */
  static List<AnnotationMirror> merge(List<List<? extends AnnotationMirror>> sources) {
    List<AnnotationMirror> merged = new ArrayList<>();
    for (List<? extends AnnotationMirror> source : sources) {
      for (AnnotationMirror mirror : source) {
        if (findBySimpleName(merged, simpleName(mirror)).isEmpty()) {
          merged.add(mirror);
        }
      }
    }
    return merged;
  }

  static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  static String simpleName(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }

  /** The value of member {@code name}, defaults included. */
  AnnotationValue value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException("@" + simpleName(mirror) + " has no member " + name);
  }

  /** Whether the annotation declares member {@code name}. */
  boolean hasMember(AnnotationMirror mirror, String name) {
    return elements.getElementValuesWithDefaults(mirror).keySet().stream()
        .anyMatch(e -> e.getSimpleName().contentEquals(name));
  }

  /** The string member {@code value} of the annotation with this qualified name. */
  Optional<String> stringValue(Element element, String qualifiedName) {
    return find(element, qualifiedName).map(m -> value(m, "value").getValue().toString());
  }

  /** The JSON name set by {@code @JsonName} or Jackson's {@code @JsonProperty}, if any. */
  Optional<String> jsonName(Element element) {
    Optional<String> ours = stringValue(element, JSON_NAME);
    if (ours.isPresent()) {
      return ours;
    }
    return findBySimpleName(element.getAnnotationMirrors(), "JsonProperty")
        .filter(m -> hasMember(m, "value"))
        .map(m -> value(m, "value").getValue().toString())
        .filter(name -> !name.isEmpty());
  }
}
