package dev.interactions4j.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Typed reads from and omitting writes to JSON trees. A field of the wrong JSON type raises
 * {@link Trees.ShapeException}, which {@link WireJson} turns into a {@link WireFormatException}
 * with the raw text; absent and {@code null} fields read as null.
 */
final class Trees {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Trees() {}

  /** A field of the wrong JSON type. */
  static final class ShapeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ShapeException(String message) {
      super(message, null, false, false);
    }
  }

  static ObjectNode asObject(JsonNode node, String what) {
    if (node instanceof ObjectNode object) {
      return object;
    }
    throw new ShapeException(what + " must be a JSON object but is " + kind(node));
  }

  static JsonNode field(ObjectNode object, String name) {
    JsonNode value = object.get(name);
    return value == null || value.isNull() ? null : value;
  }

  static String string(ObjectNode object, String name) {
    JsonNode value = field(object, name);
    if (value == null) {
      return null;
    }
    if (!value.isString()) {
      throw new ShapeException("'" + name + "' must be a string but is " + kind(value));
    }
    return value.stringValue();
  }

  /** A string or a number, as text: error codes come both ways. */
  static String code(ObjectNode object, String name) {
    JsonNode value = field(object, name);
    if (value == null) {
      return null;
    }
    if (value.isString() || value.isNumber()) {
      return value.asString();
    }
    throw new ShapeException("'" + name + "' must be a string or a number but is " + kind(value));
  }

  static Integer integer(ObjectNode object, String name) {
    JsonNode value = field(object, name);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new ShapeException("'" + name + "' must be an integer but is " + kind(value));
    }
    return value.intValue();
  }

  static int count(ObjectNode object, String name) {
    Integer value = integer(object, name);
    return value == null ? 0 : value;
  }

  static Long longInteger(ObjectNode object, String name) {
    JsonNode value = field(object, name);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new ShapeException("'" + name + "' must be an integer but is " + kind(value));
    }
    return value.longValue();
  }

  static Double number(ObjectNode object, String name) {
    JsonNode value = field(object, name);
    if (value == null) {
      return null;
    }
    if (!value.isNumber()) {
      throw new ShapeException("'" + name + "' must be a number but is " + kind(value));
    }
    return value.doubleValue();
  }

  static Boolean bool(ObjectNode object, String name) {
    JsonNode value = field(object, name);
    if (value == null) {
      return null;
    }
    if (!value.isBoolean()) {
      throw new ShapeException("'" + name + "' must be true or false but is " + kind(value));
    }
    return value.booleanValue();
  }

  static ObjectNode object(ObjectNode object, String name) {
    JsonNode value = field(object, name);
    return value == null ? null : asObject(value, "'" + name + "'");
  }

  static <T> List<T> list(ObjectNode object, String name, Function<JsonNode, T> element) {
    JsonNode value = field(object, name);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof ArrayNode array)) {
      throw new ShapeException("'" + name + "' must be a list but is " + kind(value));
    }
    List<T> out = new ArrayList<>(array.size());
    for (JsonNode item : array) {
      out.add(element.apply(item));
    }
    return out;
  }

  static List<String> strings(ObjectNode object, String name) {
    return list(object, name, item -> {
      if (!item.isString()) {
        throw new ShapeException("'" + name + "' must hold strings but holds " + kind(item));
      }
      return item.stringValue();
    });
  }

  /** The {@code type} discriminator of a family member. */
  static String type(ObjectNode object, String family) {
    String type = string(object, "type");
    if (type == null) {
      throw new ShapeException(family + " has no 'type'");
    }
    return type;
  }

  static ObjectNode newObject() {
    return NODES.objectNode();
  }

  static void put(ObjectNode object, String name, String value) {
    if (value != null) {
      object.put(name, value);
    }
  }

  static void put(ObjectNode object, String name, Integer value) {
    if (value != null) {
      object.put(name, value);
    }
  }

  static void put(ObjectNode object, String name, Long value) {
    if (value != null) {
      object.put(name, value);
    }
  }

  static void put(ObjectNode object, String name, Double value) {
    if (value != null) {
      object.put(name, value);
    }
  }

  static void put(ObjectNode object, String name, Boolean value) {
    if (value != null) {
      object.put(name, value);
    }
  }

  static void put(ObjectNode object, String name, JsonNode value) {
    if (value != null) {
      object.set(name, value);
    }
  }

  static void putNonZero(ObjectNode object, String name, int value) {
    if (value != 0) {
      object.put(name, value);
    }
  }

  static void putStrings(ObjectNode object, String name, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode array = object.putArray(name);
      values.forEach(array::add);
    }
  }

  static <T> void putList(ObjectNode object, String name, List<T> values, Function<T, JsonNode> writer) {
    if (!values.isEmpty()) {
      ArrayNode array = object.putArray(name);
      values.forEach(value -> array.add(writer.apply(value)));
    }
  }

  static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "absent";
    }
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
