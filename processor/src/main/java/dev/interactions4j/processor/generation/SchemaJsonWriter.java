package dev.interactions4j.processor.generation;

import dev.interactions4j.processor.model.Constraints;
import dev.interactions4j.processor.model.Definition;
import dev.interactions4j.processor.model.JsonText;
import dev.interactions4j.processor.model.JsonType;
import dev.interactions4j.processor.model.PropertyModel;
import dev.interactions4j.processor.model.ScalarKind;
import dev.interactions4j.processor.model.SchemaKeywords;
import dev.interactions4j.processor.model.SchemaModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link SchemaModel} as JSON Schema text, using only {@link SchemaKeywords#ALLOWED}
 * keywords, in that fixed order. Named types are inlined where used; recursive ones are defined
 * once under {@code $defs} and referenced with {@code $ref}.
 */
public final class SchemaJsonWriter {
  /** One character a {@code char} can hold (none beyond U+FFFF), in every regex dialect alike. */
  static final String CHAR_PATTERN = "^[\\u0000-\\uFFFF]$";

  private final SchemaModel model;

  private SchemaJsonWriter(SchemaModel model) {
    this.model = model;
  }

  /** The schema of {@code model}'s root type, as compact JSON text. */
  public static String write(SchemaModel model) {
    SchemaJsonWriter writer = new SchemaJsonWriter(model);
    Map<String, Object> root = writer.definition(model.root());
    Map<String, Object> defs = new LinkedHashMap<>();
    for (Definition definition : model.definitions()) {
      if (model.recursiveKeys().contains(definition.key())) {
        defs.put(definition.key(), writer.definition(definition));
      }
    }
    if (!defs.isEmpty()) {
      root.put("$defs", defs);
    }
    return JsonText.compact(root);
  }

  private Map<String, Object> definition(Definition definition) {
    Map<String, Object> schema = new LinkedHashMap<>();
    if (definition instanceof Definition.Record record) {
      record(record, schema);
    } else if (definition instanceof Definition.Enum enumeration) {
      schema.put("type", "string");
      enumDescription(enumeration).ifPresent(d -> schema.put("description", d));
      schema.put("enum", enumeration.constants().stream().map(c -> c.jsonName()).toList());
    } else if (definition instanceof Definition.Sealed sealed) {
      sealed.description().ifPresent(d -> schema.put("description", d));
      List<Object> variants = new ArrayList<>();
      sealed.variants().forEach(v -> variants.add(named(v.recordKey())));
      schema.put("anyOf", variants);
    }
    return ordered(schema);
  }

  private void record(Definition.Record record, Map<String, Object> schema) {
    schema.put("type", "object");
    record.description().ifPresent(d -> schema.put("description", d));
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    record
        .discriminator()
        .ifPresent(
            d -> {
              properties.put(
                  d.property(), ordered(Map.of("type", "string", "enum", List.of(d.value()))));
              required.add(d.property());
            });
    for (PropertyModel property : record.properties()) {
      properties.put(property.jsonName(), property(property));
      if (property.presence().required()) {
        required.add(property.jsonName());
      }
    }
    schema.put("properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    if (!properties.isEmpty()) {
      schema.put("propertyOrdering", new ArrayList<>(properties.keySet()));
    }
  }

  // Enum values cannot carry descriptions in Gemini's subset; list them in the enum's own text.
  private static Optional<String> enumDescription(Definition.Enum enumeration) {
    return join(enumeration.description(), constantLines(enumeration));
  }

  private static Optional<String> constantLines(Definition.Enum enumeration) {
    StringBuilder text = new StringBuilder();
    for (Definition.EnumConstant constant : enumeration.constants()) {
      constant
          .description()
          .ifPresent(
              d ->
                  text.append(text.length() == 0 ? "" : "\n")
                      .append("- ")
                      .append(constant.jsonName())
                      .append(": ")
                      .append(d));
    }
    return text.length() == 0 ? Optional.empty() : Optional.of(text.toString());
  }

  private static Optional<String> join(Optional<String> first, Optional<String> second) {
    if (first.isEmpty() || second.isEmpty()) {
      return first.or(() -> second);
    }
    return Optional.of(first.get() + "\n" + second.get());
  }

  // A property's description replaces its type's, but an enum keeps its constants' descriptions.
  private Optional<String> propertyDescription(PropertyModel property) {
    if (property.description().isPresent()
        && property.type() instanceof JsonType.Named named
        && model.definition(named.key()) instanceof Definition.Enum enumeration) {
      return join(property.description(), constantLines(enumeration));
    }
    return property.description();
  }

  private Map<String, Object> property(PropertyModel property) {
    Map<String, Object> type = new LinkedHashMap<>(type(property.type()));
    Map<String, Object> schema = property.presence().required() ? type : nullable(type);
    propertyDescription(property).ifPresent(d -> schema.put("description", d));
    return ordered(schema);
  }

  // "null allowed": a type list where possible, else anyOf with {"type": "null"}.
  private static Map<String, Object> nullable(Map<String, Object> schema) {
    Object type = schema.get("type");
    if (type instanceof String single && !schema.containsKey("enum")) {
      schema.put("type", List.of(single, "null"));
      return schema;
    }
    Map<String, Object> wrapper = new LinkedHashMap<>();
    boolean onlyAnyOf =
        schema.keySet().stream().allMatch(k -> k.equals("anyOf") || k.equals("description"));
    if (onlyAnyOf) {
      // A sealed type: one more alternative rather than a nested anyOf.
      List<Object> alternatives = new ArrayList<>((List<?>) schema.get("anyOf"));
      alternatives.add(Map.of("type", "null"));
      wrapper.putAll(schema);
      wrapper.put("anyOf", alternatives);
      return ordered(wrapper);
    }
    if (schema.containsKey("$ref") && schema.containsKey("description")) {
      wrapper.put("description", schema.remove("description"));
    }
    wrapper.put("anyOf", List.of(ordered(schema), Map.of("type", "null")));
    return wrapper;
  }

  private Map<String, Object> type(JsonType type) {
    Map<String, Object> schema = new LinkedHashMap<>();
    if (type instanceof JsonType.Scalar scalar) {
      scalar(scalar, schema);
    } else if (type instanceof JsonType.Array array) {
      schema.put("type", "array");
      schema.put("items", array.nullableItems() ? nullable(new LinkedHashMap<>(type(array.items()))) : type(array.items()));
      sizes(array.constraints(), schema, "minItems", "maxItems");
    } else if (type instanceof JsonType.StringMap map) {
      schema.put("type", "object");
      schema.put("additionalProperties",
          map.nullableValues() ? nullable(new LinkedHashMap<>(type(map.values()))) : type(map.values()));
    } else if (type instanceof JsonType.Named named) {
      schema.putAll(named(named.key()));
    } else if (type instanceof JsonType.Raw raw) {
      @SuppressWarnings("unchecked")
      Map<String, Object> parsed = (Map<String, Object>) JsonText.parse(raw.schemaJson());
      schema.putAll(parsed);
    }
    return ordered(schema);
  }

  private static void scalar(JsonType.Scalar scalar, Map<String, Object> schema) {
    ScalarKind kind = scalar.kind();
    Constraints constraints = scalar.constraints();
    schema.put("type", kind.jsonType());
    kind.format().ifPresent(f -> schema.put("format", f));
    if (constraints.email()) {
      schema.put("format", "email");
    }
    switch (kind) {
      case CHAR -> {
        schema.put("minLength", 1);
        schema.put("maxLength", 1);
        // A Java char holds one UTF-16 unit: JSON Schema counts an emoji as one character, so the
        // pattern keeps to the Basic Multilingual Plane, as the parser does.
        schema.put("pattern", CHAR_PATTERN);
      }
      case BYTE -> range(schema, Byte.MIN_VALUE, Byte.MAX_VALUE);
      case SHORT -> range(schema, Short.MIN_VALUE, Short.MAX_VALUE);
      default -> sizes(constraints, schema, "minLength", "maxLength");
    }
    constraints.minimum().ifPresent(m -> schema.put("minimum", new BigDecimal(m)));
    constraints.maximum().ifPresent(m -> schema.put("maximum", new BigDecimal(m)));
    // JSON Schema's pattern searches, Java's @Pattern matches the whole string: anchor it.
    constraints.pattern().ifPresent(p -> schema.put("pattern", "^(?:" + p + ")$"));
    if (constraints.notBlank() && constraints.pattern().isEmpty()) {
      schema.put("pattern", "\\S");
    }
  }

  private static void range(Map<String, Object> schema, long min, long max) {
    schema.put("minimum", BigDecimal.valueOf(min));
    schema.put("maximum", BigDecimal.valueOf(max));
  }

  private static void sizes(
      Constraints constraints, Map<String, Object> schema, String min, String max) {
    if (constraints.minSize() > 0) {
      schema.put(min, constraints.minSize());
    }
    if (constraints.maxSize() < Integer.MAX_VALUE) {
      schema.put(max, constraints.maxSize());
    }
  }

  private Map<String, Object> named(String key) {
    if (model.recursiveKeys().contains(key)) {
      return new LinkedHashMap<>(Map.of("$ref", "#/$defs/" + key));
    }
    return definition(model.definition(key));
  }

  private static Map<String, Object> ordered(Map<String, Object> schema) {
    List<Map.Entry<String, Object>> entries = new ArrayList<>(schema.entrySet());
    entries.sort(Comparator.comparingInt(e -> SchemaKeywords.ALLOWED.indexOf(e.getKey())));
    Map<String, Object> ordered = new LinkedHashMap<>();
    entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }
}
