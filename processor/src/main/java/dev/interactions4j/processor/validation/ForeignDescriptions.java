package dev.interactions4j.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.interactions4j.processor.model.GeneratedNames;
import dev.interactions4j.processor.model.JsonText;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Descriptions of a {@code @GeminiOutput} type compiled in another compilation unit, taken from its
 * own generated {@code <T>Schema.JSON_SCHEMA} constant. Javadoc is not in class files (and Gradle's
 * incremental builds load unchanged types from class files), but the constant is: so a nested type
 * keeps the descriptions it was generated with.
 */
final class ForeignDescriptions {
  private final Elements elements;
  private final Map<String, Optional<Map<?, ?>>> schemas = new HashMap<>();

  ForeignDescriptions(Elements elements) {
    this.elements = elements;
  }

  /** The description of {@code type} in its generated schema, if it has one. */
  Optional<String> ofType(TypeElement type) {
    return schema(type).flatMap(root -> text(root.get("description")));
  }

  /** The description of property {@code jsonName} of record {@code type}, if any. */
  Optional<String> ofProperty(TypeElement type, String jsonName) {
    return schema(type)
        .flatMap(root -> map(root.get("properties")))
        .flatMap(properties -> map(properties.get(jsonName)))
        .flatMap(property -> text(property.get("description")));
  }

  private Optional<Map<?, ?>> schema(TypeElement type) {
    return schemas.computeIfAbsent(type.getQualifiedName().toString(), name -> load(type));
  }

  private Optional<Map<?, ?>> load(TypeElement type) {
    TypeElement generated =
        elements.getTypeElement(GeneratedNames.schemaClass(ClassName.get(type)).canonicalName());
    if (generated == null) {
      return Optional.empty();
    }
    for (Element member : generated.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD
          && member.getSimpleName().contentEquals(GeneratedNames.JSON_SCHEMA)
          && ((VariableElement) member).getConstantValue() instanceof String json) {
        try {
          return map(JsonText.parse(json));
        } catch (IllegalArgumentException notJson) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Map<?, ?>> map(Object value) {
    return value instanceof Map<?, ?> map ? Optional.of(map) : Optional.empty();
  }

  private static Optional<String> text(Object value) {
    return value instanceof String text ? Optional.of(text) : Optional.empty();
  }
}
