package dev.interactions4j.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.JsonNodeException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Typed reads from and omitting writes to JSON trees. Reads use Jackson's strict accessors; a field
 * of the wrong JSON type raises {@link Trees.ShapeException} naming the field, which {@link
 * WireJson} turns into a {@link WireFormatException} with the raw text; absent and {@code null}
 * fields read as null.
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
    return strict(object, name, "a string", JsonNode::stringValue);
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

  /** An integer; a number with no fraction ({@code 3.0}) reads as one, as Jackson's own {@code intValue()} has it. */
  static Integer integer(ObjectNode object, String name) {
    return strict(object, name, "an integer", JsonNode::intValue);
  }

  static int count(ObjectNode object, String name) {
    Integer value = integer(object, name);
    return value == null ? 0 : value;
  }

  static Long longInteger(ObjectNode object, String name) {
    return strict(object, name, "an integer", JsonNode::longValue);
  }

  static Double number(ObjectNode object, String name) {
    return strict(object, name, "a number", JsonNode::doubleValue);
  }

  static Boolean bool(ObjectNode object, String name) {
    return strict(object, name, "true or false", JsonNode::booleanValue);
  }

  /**
   * A field read with one of Jackson 3's strict accessors ({@code stringValue()}, {@code
   * intValue()}, ...), which refuse a value of another JSON type or out of range instead of
   * coercing it; their own message names neither the field nor the answer, so it is replaced by
   * one that does.
   */
  private static <T> T strict(ObjectNode object, String name, String expected, Function<JsonNode, T> read) {
    JsonNode value = field(object, name);
    if (value == null) {
      return null;
    }
    try {
      return read.apply(value);
    } catch (JsonNodeException wrongType) {
      throw new ShapeException("'" + name + "' must be " + expected + " but is " + kind(value));
    }
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
      try {
        return item.stringValue();
      } catch (JsonNodeException wrongType) {
        throw new ShapeException("'" + name + "' must hold strings but holds " + kind(item));
      }
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
