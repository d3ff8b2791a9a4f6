package dev.interactions4j.processor.validation;

import static java.util.Map.entry;

import com.palantir.javapoet.TypeName;
import dev.interactions4j.processor.Diagnostics;
import dev.interactions4j.processor.Messages;
import dev.interactions4j.processor.model.Constraints;
import dev.interactions4j.processor.model.ContainerKind;
import dev.interactions4j.processor.model.JsonType;
import dev.interactions4j.processor.model.ScalarKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Decides the JSON shape of every Java type: a table of well-known qualified names, collections and
 * maps here, records, enums and sealed interfaces through {@link DefinitionReader}. Reports types
 * without a JSON form; throws {@link MissingTypeException} for types not generated yet.
 */
final class JsonTypeMapper {
  private static final Map<String, ScalarKind> SCALARS =
      Map.ofEntries(
          entry("java.lang.String", ScalarKind.STRING),
          entry("java.lang.Character", ScalarKind.CHAR),
          entry("java.lang.Boolean", ScalarKind.BOOLEAN),
          entry("java.lang.Byte", ScalarKind.BYTE),
          entry("java.lang.Short", ScalarKind.SHORT),
          entry("java.lang.Integer", ScalarKind.INT),
          entry("java.lang.Long", ScalarKind.LONG),
          entry("java.lang.Float", ScalarKind.FLOAT),
          entry("java.lang.Double", ScalarKind.DOUBLE),
          entry("java.math.BigInteger", ScalarKind.BIG_INTEGER),
          entry("java.math.BigDecimal", ScalarKind.BIG_DECIMAL),
          entry("java.time.Instant", ScalarKind.INSTANT),
          entry("java.time.OffsetDateTime", ScalarKind.OFFSET_DATE_TIME),
          entry("java.time.LocalDate", ScalarKind.LOCAL_DATE),
          entry("java.time.LocalTime", ScalarKind.LOCAL_TIME),
          entry("java.time.LocalDateTime", ScalarKind.LOCAL_DATE_TIME),
          entry("java.time.Duration", ScalarKind.DURATION),
          entry("java.util.UUID", ScalarKind.UUID),
          entry("java.net.URI", ScalarKind.URI));

  private static final Map<TypeKind, ScalarKind> PRIMITIVES =
      Map.of(
          TypeKind.BOOLEAN, ScalarKind.BOOLEAN,
          TypeKind.CHAR, ScalarKind.CHAR,
          TypeKind.BYTE, ScalarKind.BYTE,
          TypeKind.SHORT, ScalarKind.SHORT,
          TypeKind.INT, ScalarKind.INT,
          TypeKind.LONG, ScalarKind.LONG,
          TypeKind.FLOAT, ScalarKind.FLOAT,
          TypeKind.DOUBLE, ScalarKind.DOUBLE);

  private static final Map<String, ContainerKind> CONTAINERS =
      Map.of(
          "java.util.List", ContainerKind.LIST,
          "java.util.Collection", ContainerKind.COLLECTION,
          "java.util.Set", ContainerKind.SET);

  private static final List<String> OPTIONALS =
      List.of(
          "java.util.Optional",
          "java.util.OptionalInt",
          "java.util.OptionalLong",
          "java.util.OptionalDouble");

  private final Diagnostics diagnostics;
  private final ConstraintReader constraints;
  private final NoJsonForm noJsonForm;
  private final DefinitionReader definitions;

  JsonTypeMapper(
      Diagnostics diagnostics,
      ConstraintReader constraints,
      NoJsonForm noJsonForm,
      DefinitionReader definitions) {
    this.diagnostics = diagnostics;
    this.constraints = constraints;
    this.noJsonForm = noJsonForm;
    this.definitions = definitions;
  }

  /**
   * Maps {@code type}, applying constraints from its type-use annotations and from {@code declared}
   * (the annotations on the record component). Empty if an error was reported.
   */
  Optional<JsonType> map(TypeMirror type, Site site, List<AnnotationMirror> declared) {
    Optional<JsonType> shape = shape(type, site);
    if (shape.isEmpty()) {
      return shape;
    }
    List<AnnotationMirror> all = Annotations.merge(List.of(declared, type.getAnnotationMirrors()));
    return Optional.of(withConstraints(shape.get(), constraints.read(all, shape.get(), site)));
  }

  private Optional<JsonType> shape(TypeMirror type, Site site) {
    TypeKind kind = type.getKind();
    if (kind == TypeKind.ERROR) {
      throw new MissingTypeException(type.toString());
    }
    if (PRIMITIVES.containsKey(kind)) {
      return Optional.of(
          new JsonType.Scalar(PRIMITIVES.get(kind), TypeName.get(type), Constraints.NONE));
    }
    switch (kind) {
      case ARRAY:
        return array((ArrayType) type, site);
      case DECLARED:
        return declared((DeclaredType) type, site);
      case TYPEVAR:
        return fail(site, Messages.TYPE_VARIABLE, type);
      case WILDCARD:
        return fail(site, Messages.WILDCARD, type);
      default:
        return fail(site, Messages.UNSUPPORTED_TYPE, type, "");
    }
  }

  private Optional<JsonType> array(ArrayType type, Site site) {
    TypeMirror component = type.getComponentType();
    TypeKind kind = component.getKind();
    if (kind == TypeKind.BYTE || kind == TypeKind.CHAR) {
      return fail(site, Messages.BYTE_OR_CHAR_ARRAY, type);
    }
    if (kind == TypeKind.ARRAY) {
      return fail(
          site, Messages.UNSUPPORTED_TYPE, type, "; use java.util.List instead of nested arrays");
    }
    boolean generic =
        kind == TypeKind.TYPEVAR
            || (kind == TypeKind.DECLARED
                && !((DeclaredType) component).getTypeArguments().isEmpty());
    if (generic) {
      return fail(site, Messages.GENERIC_ARRAY, type);
    }
    ContainerKind container =
        component.getKind().isPrimitive()
            ? ContainerKind.PRIMITIVE_ARRAY
            : ContainerKind.OBJECT_ARRAY;
    return map(component, site.nested("element", type), List.of())
        .map(items -> new JsonType.Array(container, items, nullable(component), TypeName.get(type), Constraints.NONE));
  }

  private Optional<JsonType> declared(DeclaredType type, Site site) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    if (SCALARS.containsKey(name)) {
      return Optional.of(
          new JsonType.Scalar(SCALARS.get(name), TypeName.get(type), Constraints.NONE));
    }
    if (name.equals("java.lang.Object")) {
      return fail(site, Messages.OBJECT_TYPE);
    }
    if (OPTIONALS.contains(name)) {
      return fail(site, Messages.OPTIONAL_NESTED, type);
    }
    if (!element.getTypeParameters().isEmpty() && type.getTypeArguments().isEmpty()) {
      return fail(site, Messages.RAW_TYPE, type, type);
    }
    if (CONTAINERS.containsKey(name)) {
      TypeMirror item = type.getTypeArguments().get(0);
      return map(item, site.nested("element", type), List.of())
          .map(
              items ->
                  new JsonType.Array(
                      CONTAINERS.get(name), items, nullable(item), TypeName.get(type), Constraints.NONE));
    }
    if (name.equals("java.util.Map")) {
      return stringMap(type, site);
    }
    Optional<String> noForm = noJsonForm.check(type);
    if (noForm.isPresent()) {
      return fail(site, noForm.get(), type);
    }
    return namedType(type, element, site);
  }

  private Optional<JsonType> stringMap(DeclaredType type, Site site) {
    TypeMirror key = type.getTypeArguments().get(0);
    boolean stringKey =
        key.getKind() == TypeKind.DECLARED
            && ((TypeElement) ((DeclaredType) key).asElement())
                .getQualifiedName()
                .contentEquals("java.lang.String");
    if (!stringKey) {
      return fail(site, Messages.MAP_KEY, type);
    }
    TypeMirror value = type.getTypeArguments().get(1);
    return map(value, site.nested("value", type), List.of())
        .map(values -> new JsonType.StringMap(values, nullable(value), TypeName.get(type), Constraints.NONE));
  }

  private Optional<JsonType> namedType(DeclaredType type, TypeElement element, Site site) {
    ElementKind kind = element.getKind();
    boolean sealedInterface =
        kind == ElementKind.INTERFACE && element.getModifiers().contains(Modifier.SEALED);
    if (kind == ElementKind.RECORD || kind == ElementKind.ENUM || sealedInterface) {
      return definitions.define(type, site).map(named -> named);
    }
    if (kind == ElementKind.INTERFACE) {
      return fail(site, Messages.NON_SEALED_INTERFACE, type);
    }
    if (kind == ElementKind.CLASS) {
      return fail(site, Messages.NOT_A_RECORD, type, noJsonForm.classHint(type));
    }
    return fail(site, Messages.UNSUPPORTED_TYPE, type, "");
  }

  // A type-use @Nullable (any annotation of that simple name) on an element or value type; a
  // primitive element can never be null, so there it keeps its old meaning (the array itself).
  private static boolean nullable(TypeMirror element) {
    return !element.getKind().isPrimitive()
        && Annotations.findBySimpleName(element.getAnnotationMirrors(), "Nullable").isPresent();
  }

  private <T> Optional<T> fail(Site site, String format, Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = site.subject();
    System.arraycopy(args, 0, all, 1, args.length);
    diagnostics.error(site.element(), format, all);
    return Optional.empty();
  }

  private static JsonType withConstraints(JsonType type, Constraints constraints) {
    if (constraints.isEmpty()) {
      return type;
    }
    if (type instanceof JsonType.Scalar s) {
      return new JsonType.Scalar(s.kind(), s.javaType(), constraints);
    }
    if (type instanceof JsonType.Array a) {
      return new JsonType.Array(a.container(), a.items(), a.nullableItems(), a.javaType(), constraints);
    }
    if (type instanceof JsonType.StringMap m) {
      return new JsonType.StringMap(m.values(), m.nullableValues(), m.javaType(), constraints);
    }
    return type;
  }
}
