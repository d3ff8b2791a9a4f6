package dev.interactions4j.simulator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes a JSON value that validates against a JSON Schema in Gemini's subset, filled with words
 * and numbers from the user's input where they fit. Deterministic; recursion through {@code $ref}
 * ends because deeper levels keep only required properties and the fewest array items.
 */
final class SchemaInstanceGenerator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int SHALLOW = 3;
  private static final int DEEPEST = 12;
  private static final Set<String> PROPER_NOUN_NAMES = Set.of("name", "city", "title", "place", "location",
      "country", "author", "person", "restaurant", "destination", "subject", "topic", "company", "brand",
      "organisation", "organization", "employer", "team", "word", "keyword", "tag");

  private final JsonNode root;
  private final Hints hints;

  SchemaInstanceGenerator(JsonNode root, Hints hints) {
    this.root = root;
    this.hints = hints;
  }

  JsonNode generate() {
    return value(root, "value", 0);
  }

  private JsonNode value(JsonNode schema, String name, int depth) {
    if (schema == null || !schema.isObject()) {
      return NODES.stringNode("example");
    }
    if (schema.has("$ref")) {
      return value(resolve(schema.get("$ref").asString()), name, depth + 1);
    }
    if (schema.has("const")) {
      return schema.get("const").deepCopy();
    }
    if (schema.has("enum") && schema.get("enum").size() > 0) {
      return pickEnum(schema.get("enum"));
    }
    if (schema.has("anyOf") && schema.get("anyOf").size() > 0) {
      return value(pickBranch(schema.get("anyOf"), depth), name, depth + 1);
    }
    String type = primaryType(schema, depth);
    return switch (type) {
      case "object" -> object(schema, depth);
      case "array" -> array(schema, name, depth);
      case "integer" -> integer(schema);
      case "number" -> number(schema);
      case "boolean" -> NODES.booleanNode(true);
      case "null" -> NODES.nullNode();
      default -> NODES.stringNode(string(schema, name));
    };
  }

  private JsonNode resolve(String ref) {
    String prefix = "#/$defs/";
    if (ref.equals("#")) {
      return root;
    }
    JsonNode defs = root.get("$defs");
    if (!ref.startsWith(prefix) || defs == null || !defs.has(ref.substring(prefix.length()))) {
      return NODES.objectNode();
    }
    return defs.get(ref.substring(prefix.length()));
  }

  private static String primaryType(JsonNode schema, int depth) {
    JsonNode type = schema.get("type");
    if (type == null) {
      return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }
    if (!type.isArray()) {
      return type.asString();
    }
    List<String> types = new ArrayList<>();
    type.forEach(item -> types.add(item.asString()));
    // Deep inside recursion, null (where allowed) is the way out.
    if (depth > DEEPEST && types.contains("null")) {
      return "null";
    }
    return types.stream().filter(t -> !t.equals("null")).findFirst().orElse("null");
  }

  private JsonNode pickEnum(JsonNode values) {
    for (JsonNode candidate : values) {
      if (candidate.isString() && hints.mentions(candidate.asString().replace('_', ' '))) {
        return candidate.deepCopy();
      }
    }
    return values.get(0).deepCopy();
  }

  private JsonNode pickBranch(JsonNode branches, int depth) {
    if (depth <= SHALLOW) {
      return branches.get(0);
    }
    for (JsonNode branch : branches) {
      if (!branch.has("$ref") && !"object".equals(branch.path("type").asString(""))) {
        return branch;
      }
    }
    return branches.get(0);
  }

  private ObjectNode object(JsonNode schema, int depth) {
    ObjectNode out = NODES.objectNode();
    JsonNode properties = schema.get("properties");
    Set<String> required = new LinkedHashSet<>();
    schema.path("required").forEach(item -> required.add(item.asString()));
    if (properties != null && properties.isObject()) {
      for (String property : ordered(schema, properties)) {
        if (depth < SHALLOW || required.contains(property)) {
          out.set(property, value(properties.get(property), property, depth + 1));
        }
      }
    }
    JsonNode additional = schema.get("additionalProperties");
    if (additional != null && additional.isObject() && (properties == null || properties.isEmpty()) && depth < SHALLOW) {
      String key = hints.nextWord();
      out.set(key == null ? "example" : key.toLowerCase(Locale.ROOT), value(additional, "value", depth + 1));
    }
    return out;
  }

  private static List<String> ordered(JsonNode schema, JsonNode properties) {
    Set<String> order = new LinkedHashSet<>();
    schema.path("propertyOrdering").forEach(item -> {
      if (properties.has(item.asString())) {
        order.add(item.asString());
      }
    });
    order.addAll(properties.propertyNames());
    return new ArrayList<>(order);
  }

  private ArrayNode array(JsonNode schema, String name, int depth) {
    ArrayNode out = NODES.arrayNode();
    int min = schema.path("minItems").asInt(0);
    int max = schema.has("maxItems") ? schema.get("maxItems").asInt() : Integer.MAX_VALUE;
    int count = depth < SHALLOW ? Math.max(min, Math.min(2, max)) : min;
    JsonNode prefix = schema.get("prefixItems");
    for (int i = 0; i < count; i++) {
      JsonNode itemSchema = prefix != null && i < prefix.size() ? prefix.get(i) : schema.get("items");
      out.add(value(itemSchema, singular(name), depth + 1));
    }
    return out;
  }

  private JsonNode integer(JsonNode schema) {
    long min = schema.has("minimum") ? (long) Math.ceil(schema.get("minimum").asDouble()) : Long.MIN_VALUE;
    long max = schema.has("maximum") ? (long) Math.floor(schema.get("maximum").asDouble()) : Long.MAX_VALUE;
    String hint = hints.nextNumber();
    long value = hint == null ? 1 : Math.round(Double.parseDouble(hint));
    return NODES.numberNode(Math.max(min, Math.min(max, value)));
  }

  private JsonNode number(JsonNode schema) {
    double min = schema.has("minimum") ? schema.get("minimum").asDouble() : -Double.MAX_VALUE;
    double max = schema.has("maximum") ? schema.get("maximum").asDouble() : Double.MAX_VALUE;
    String hint = hints.nextNumber();
    double value = hint == null ? 1.5 : Double.parseDouble(hint);
    return NODES.numberNode(Math.max(min, Math.min(max, value)));
  }

  private String string(JsonNode schema, String name) {
    String format = schema.path("format").asString("");
    String value = switch (format) {
      case "date-time" -> "2026-01-15T10:30:00Z";
      case "date" -> "2026-01-15";
      case "time" -> "10:30:00";
      case "duration" -> "PT1H30M";
      case "uuid" -> UUID.nameUUIDFromBytes((name + hints.text()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
      case "uri", "url" -> "https://example.com/" + name.toLowerCase(Locale.ROOT);
      case "email" -> hints.email() != null ? hints.email() : "ada@example.com";
      default -> textFor(name);
    };
    value = fitPattern(schema, value);
    int minLength = schema.path("minLength").asInt(0);
    int maxLength = schema.has("maxLength") ? schema.get("maxLength").asInt() : Integer.MAX_VALUE;
    StringBuilder fitted = new StringBuilder(value);
    while (fitted.length() < minLength) {
      fitted.append('x');
    }
    return fitted.length() > maxLength ? fitted.substring(0, maxLength) : fitted.toString();
  }

  private String textFor(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.contains("email") && hints.email() != null) {
      return hints.email();
    }
    if (lower.contains("phone") && hints.phone() != null) {
      return hints.phone();
    }
    if (PROPER_NOUN_NAMES.stream().anyMatch(lower::contains)) {
      String word = hints.nextWord();
      if (word != null) {
        return word;
      }
    }
    return "example " + name;
  }

  private static String fitPattern(JsonNode schema, String value) {
    if (!schema.has("pattern")) {
      return value;
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(schema.get("pattern").asString());
    } catch (PatternSyntaxException e) {
      return value;
    }
    for (String candidate : List.of(value, value.toLowerCase(Locale.ROOT), value.toUpperCase(Locale.ROOT),
        "a", "A", "abc", "ABC", "1", "123", "12345", "a1", "A1", "ab-12", "AB-12", "AB12", "ada@example.com",
        "https://example.com", "2026-01-15", "+15551234567", "x")) {
      if (pattern.matcher(candidate).find()) {
        return candidate;
      }
    }
    return value;
  }

  private static String singular(String name) {
    return name.endsWith("s") && name.length() > 1 ? name.substring(0, name.length() - 1) : name;
  }
}
