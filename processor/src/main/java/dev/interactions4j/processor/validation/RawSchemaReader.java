package dev.interactions4j.processor.validation;

import com.palantir.javapoet.TypeName;
import dev.interactions4j.processor.Diagnostics;
import dev.interactions4j.processor.Messages;
import dev.interactions4j.processor.model.Constraints;
import dev.interactions4j.processor.model.JsonText;
import dev.interactions4j.processor.model.JsonType;
import dev.interactions4j.processor.model.SchemaKeywords;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * Reads {@code @RawSchema}, the escape hatch for values the user describes by hand: checks that the
 * text is JSON and uses only keywords Gemini accepts, and that the component is a String.
 */
final class RawSchemaReader {
  private final Annotations annotations;
  private final Diagnostics diagnostics;

  RawSchemaReader(Annotations annotations, Diagnostics diagnostics) {
    this.annotations = annotations;
    this.diagnostics = diagnostics;
  }

  /** The raw schema of {@code component}; empty if an error was reported. */
  Optional<JsonType> read(Element component, AnnotationMirror mirror, TypeMirror type) {
    String name = component.getSimpleName().toString();
    AnnotationValue value = annotations.value(mirror, "value");
    String text = value.getValue().toString();
    TypeName javaType = TypeName.get(type).withoutAnnotations();
    if (!javaType.equals(TypeName.get(String.class))) {
      diagnostics.error(component, mirror, value, Messages.RAW_SCHEMA_TYPE, name, type);
      return Optional.empty();
    }
    Object schema;
    try {
      schema = JsonText.parse(text);
    } catch (RuntimeException e) {
      diagnostics.error(
          component, mirror, value, Messages.RAW_SCHEMA_INVALID, name, e.getMessage());
      return Optional.empty();
    }
    Optional<String> bad = badKeyword(schema);
    if (bad.isPresent()) {
      diagnostics.error(
          component,
          mirror,
          value,
          Messages.RAW_SCHEMA_KEYWORD,
          name,
          bad.get(),
          String.join(", ", SchemaKeywords.ALLOWED));
      return Optional.empty();
    }
    return Optional.of(new JsonType.Raw(text, javaType, Constraints.NONE));
  }

  // The first keyword Gemini would refuse, searching every schema position.
  private static Optional<String> badKeyword(Object schema) {
    if (!(schema instanceof Map<?, ?> map)) {
      return schema instanceof Boolean ? Optional.empty() : Optional.of(String.valueOf(schema));
    }
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String keyword = entry.getKey().toString();
      boolean refSibling =
          map.containsKey("$ref") && !SchemaKeywords.REF_SIBLINGS.contains(keyword);
      if (!SchemaKeywords.ALLOWED.contains(keyword) || refSibling) {
        return Optional.of(keyword);
      }
      Optional<String> nested = nested(keyword, entry.getValue());
      if (nested.isPresent()) {
        return nested;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> nested(String keyword, Object value) {
    if (SchemaKeywords.SCHEMAS.contains(keyword)) {
      return badKeyword(value);
    }
    if (SchemaKeywords.SCHEMA_MAPS.contains(keyword) && value instanceof Map<?, ?> schemas) {
      return schemas.values().stream()
          .map(RawSchemaReader::badKeyword)
          .flatMap(Optional::stream)
          .findFirst();
    }
    if (SchemaKeywords.SCHEMA_LISTS.contains(keyword) && value instanceof List<?> schemas) {
      return schemas.stream()
          .map(RawSchemaReader::badKeyword)
          .flatMap(Optional::stream)
          .findFirst();
    }
    return Optional.empty();
  }
}
