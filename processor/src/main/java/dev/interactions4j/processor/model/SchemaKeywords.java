package dev.interactions4j.processor.model;

import java.util.List;
import java.util.Set;

/** The JSON Schema keywords Gemini accepts, the only ones an emitted schema may contain. */
public final class SchemaKeywords {
  /** All accepted keywords, in the order generated schemas write them. */
  public static final List<String> ALLOWED =
      List.of(
          "type",
          "title",
          "description",
          "format",
          "enum",
          "const",
          "properties",
          "required",
          "propertyOrdering",
          "additionalProperties",
          "items",
          "prefixItems",
          "minItems",
          "maxItems",
          "minLength",
          "maxLength",
          "pattern",
          "minimum",
          "maximum",
          "anyOf",
          "$ref",
          "$defs");

  /** Keywords whose value is a map from names to schemas. */
  public static final Set<String> SCHEMA_MAPS = Set.of("properties", "$defs");

  /** Keywords whose value is a list of schemas. */
  public static final Set<String> SCHEMA_LISTS = Set.of("prefixItems", "anyOf");

  /** Keywords whose value is one schema. */
  public static final Set<String> SCHEMAS = Set.of("items", "additionalProperties");

  /** What a {@code $ref} node may carry beside the reference. */
  public static final Set<String> REF_SIBLINGS = Set.of("$ref", "description", "default");

  private SchemaKeywords() {}
}
