package dev.interactions4j.processor.validation;

import com.palantir.javapoet.TypeName;
import dev.interactions4j.processor.Diagnostics;
import dev.interactions4j.processor.Messages;
import dev.interactions4j.processor.model.Definition;
import dev.interactions4j.processor.model.Presence;
import dev.interactions4j.processor.model.PropertyModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a record into a {@link Definition.Record}: one property per component in declaration order,
 * with JSON name, presence, constraints and description, reporting duplicate names.
 */
final class RecordReader {
  /** The discriminator property every variant of a sealed type carries. */
  static final String DISCRIMINATOR = "type";

  private final Elements elements;
  private final Types types;
  private final Diagnostics diagnostics;
  private final Annotations annotations;
  private final JsonTypeMapper mapper;
  private final DefinitionReader definitions;
  private final RawSchemaReader rawSchemas;

  RecordReader(
      ProcessingEnvironment env,
      Diagnostics diagnostics,
      Annotations annotations,
      JsonTypeMapper mapper,
      DefinitionReader definitions) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
    this.diagnostics = diagnostics;
    this.annotations = annotations;
    this.mapper = mapper;
    this.definitions = definitions;
    this.rawSchemas = new RawSchemaReader(annotations, diagnostics);
  }

  /** Reads record {@code type} (parameterized if generic); empty if an error was reported. */
  Optional<Definition> read(DeclaredType type, String key, TypeName javaType) {
    TypeElement record = (TypeElement) type.asElement();
    int errors = diagnostics.errorCount();
    Map<String, String> params = JavadocText.paramTags(elements.getDocComment(record));
    Optional<TypeElement> sealedParent = sealedParent(record);
    Optional<Definition.Discriminator> discriminator =
        sealedParent.map(p -> new Definition.Discriminator(DISCRIMINATOR, definitions.tag(record)));
    Map<String, String> owners = new LinkedHashMap<>();
    List<PropertyModel> properties = new ArrayList<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      String name = component.getSimpleName().toString();
      String jsonName = jsonName(component);
      Site site = definitions.site(component, record, "Record component '" + name + "'");
      if (sealedParent.isPresent() && jsonName.equals(DISCRIMINATOR)) {
        diagnostics.error(
            site.element(),
            Messages.DISCRIMINATOR_CLASH,
            name,
            record.getQualifiedName(),
            jsonName,
            sealedParent.get().getQualifiedName());
      }
      String other = owners.putIfAbsent(jsonName, name);
      if (other != null) {
        diagnostics.error(site.element(), Messages.DUPLICATE_JSON_NAME, name, jsonName, other);
      }
      property(type, component, site, params).ifPresent(properties::add);
    }
    if (diagnostics.errorCount() > errors) {
      return Optional.empty();
    }
    return Optional.of(
        new Definition.Record(
            key, javaType, definitions.description(record), discriminator, properties));
  }

  private Optional<PropertyModel> property(
      DeclaredType owner, RecordComponentElement component, Site site, Map<String, String> params) {
    String name = component.getSimpleName().toString();
    ExecutableElement accessor = component.getAccessor();
    TypeMirror type = ((ExecutableType) types.asMemberOf(owner, accessor)).getReturnType();
    List<AnnotationMirror> declared =
        Annotations.merge(
            List.of(component.getAnnotationMirrors(), accessor.getAnnotationMirrors()));
    String jsonName = jsonName(component);
    TypeElement record = (TypeElement) owner.asElement();
    Optional<String> description =
        annotations
            .stringValue(component, Annotations.DESCRIPTION)
            .or(() -> JavadocText.mainDescription(elements.getDocComment(component)))
            .or(() -> Optional.ofNullable(params.get(name)))
            .or(() -> definitions.foreignDescription(record, jsonName));
    return property(component, name, jsonName, type, declared, site, description);
  }

  /**
   * A method parameter as a property: the same presence, constraint and type rules as a record
   * component, so a function's parameters read like a record's components.
   */
  Optional<PropertyModel> parameter(VariableElement parameter, TypeMirror type, Site site, Optional<String> paramTag) {
    String name = parameter.getSimpleName().toString();
    Optional<String> description =
        annotations.stringValue(parameter, Annotations.DESCRIPTION).or(() -> paramTag);
    return property(
        parameter,
        name,
        name,
        type,
        Annotations.merge(List.of(parameter.getAnnotationMirrors())),
        site,
        description);
  }

  private Optional<PropertyModel> property(
      Element element,
      String name,
      String jsonName,
      TypeMirror type,
      List<AnnotationMirror> declared,
      Site site,
      Optional<String> description) {
    List<AnnotationMirror> all = Annotations.merge(List.of(declared, type.getAnnotationMirrors()));
    TypeName javaType = TypeName.get(type).withoutAnnotations();
    Optional<AnnotationMirror> raw = annotations.find(element, Annotations.RAW_SCHEMA);
    if (raw.isPresent()) {
      return rawSchemas
          .read(element, raw.get(), type)
          .map(r -> new PropertyModel(name, jsonName, javaType, r, presence(all), description));
    }
    Optional<Presence> optional = optionalPresence(type);
    Presence presence = optional.orElse(presence(all));
    if (presence == Presence.NULLABLE && type.getKind().isPrimitive()) {
      diagnostics.error(
          site.element(),
          Messages.NULLABLE_PRIMITIVE,
          name,
          type.getKind().toString().toLowerCase(java.util.Locale.ROOT));
      return Optional.empty();
    }
    TypeMirror valueType = optional.isPresent() ? unwrapOptional((DeclaredType) type, site) : type;
    if (valueType == null) {
      return Optional.empty();
    }
    return mapper
        .map(valueType, site, declared)
        .map(json -> new PropertyModel(name, jsonName, javaType, json, presence, description));
  }

  // Jackson's @JsonProperty does not target record components; javac moves it to the accessor.
  private String jsonName(RecordComponentElement component) {
    return annotations
        .jsonName(component)
        .or(() -> annotations.jsonName(component.getAccessor()))
        .orElse(component.getSimpleName().toString());
  }

  private static Presence presence(List<AnnotationMirror> annotations) {
    return Annotations.findBySimpleName(annotations, "Nullable").isPresent()
        ? Presence.NULLABLE
        : Presence.REQUIRED;
  }

  private static Optional<Presence> optionalPresence(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    return switch (name) {
      case "java.util.Optional" -> Optional.of(Presence.OPTIONAL);
      case "java.util.OptionalInt" -> Optional.of(Presence.OPTIONAL_INT);
      case "java.util.OptionalLong" -> Optional.of(Presence.OPTIONAL_LONG);
      case "java.util.OptionalDouble" -> Optional.of(Presence.OPTIONAL_DOUBLE);
      default -> Optional.empty();
    };
  }

  // Optional<X> -> X; OptionalInt -> int. Null (after an error) for raw or wildcard Optionals.
  private TypeMirror unwrapOptional(DeclaredType type, Site site) {
    String name = ((TypeElement) type.asElement()).getQualifiedName().toString();
    switch (name) {
      case "java.util.OptionalInt":
        return types.getPrimitiveType(TypeKind.INT);
      case "java.util.OptionalLong":
        return types.getPrimitiveType(TypeKind.LONG);
      case "java.util.OptionalDouble":
        return types.getPrimitiveType(TypeKind.DOUBLE);
      default:
        break;
    }
    if (type.getTypeArguments().isEmpty()) {
      diagnostics.error(site.element(), Messages.RAW_TYPE, site.subject(), type, type);
      return null;
    }
    TypeMirror value = type.getTypeArguments().get(0);
    if (value.getKind() == TypeKind.WILDCARD) {
      diagnostics.error(site.element(), Messages.WILDCARD, site.subject(), type);
      return null;
    }
    return value;
  }

  // A record implementing a sealed interface carries the discriminator wherever it appears.
  private Optional<TypeElement> sealedParent(TypeElement record) {
    for (TypeMirror parent : record.getInterfaces()) {
      if (parent.getKind() == TypeKind.ERROR) {
        throw new MissingTypeException(parent.toString());
      }
      TypeElement element = (TypeElement) types.asElement(parent);
      if (element.getModifiers().contains(Modifier.SEALED)) {
        return Optional.of(element);
      }
    }
    return Optional.empty();
  }
}
