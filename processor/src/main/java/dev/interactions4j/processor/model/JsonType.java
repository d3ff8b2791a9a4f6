package dev.interactions4j.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * The JSON shape of one Java type, with the Java type it is read into and the constraints on it.
 * Records, enums and sealed interfaces are {@link Named} references into {@link
 * SchemaModel#definitions()}, which is what makes recursion finite.
 */
public sealed interface JsonType
    permits JsonType.Scalar, JsonType.Array, JsonType.StringMap, JsonType.Named, JsonType.Raw {

  /** The Java type a value is read into; primitives stay primitive. */
  TypeName javaType();

  /** Constraints on this value. */
  Constraints constraints();

  /** A string, number, boolean or formatted string. */
  record Scalar(ScalarKind kind, TypeName javaType, Constraints constraints) implements JsonType {}

  /**
   * A JSON array read into a collection or Java array; {@code nullableItems} when the element type
   * is {@code @Nullable} ({@code List<@Nullable String>}), so that schema, parser and writer all
   * allow a {@code null} element.
   */
  record Array(ContainerKind container, JsonType items, boolean nullableItems, TypeName javaType,
      Constraints constraints) implements JsonType {}

  /**
   * A JSON object with arbitrary keys: {@code Map<String, V>}, schema {@code additionalProperties};
   * {@code nullableValues} when {@code V} is {@code @Nullable}.
   */
  record StringMap(JsonType values, boolean nullableValues, TypeName javaType, Constraints constraints)
      implements JsonType {}

  /** A record, enum or sealed interface, defined once under {@code key}. */
  record Named(String key, TypeName javaType, Constraints constraints) implements JsonType {}

  /**
   * A schema the user wrote with {@code @RawSchema}, validated against Gemini's keywords; the value
   * is read as {@code java.lang.String} holding the raw JSON text.
   */
  record Raw(String schemaJson, TypeName javaType, Constraints constraints) implements JsonType {}
}
