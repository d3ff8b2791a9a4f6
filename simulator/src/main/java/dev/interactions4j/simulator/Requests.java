package dev.interactions4j.simulator;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Reads a create request's parts the way the API does. */
final class Requests {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Requests() {}

  /** The request's response formats: one object or a list. */
  static List<JsonNode> responseFormats(ObjectNode request) {
    JsonNode format = request.get("response_format");
    List<JsonNode> formats = new ArrayList<>();
    if (format != null && format.isArray()) {
      format.forEach(formats::add);
    } else if (format != null && format.isObject()) {
      formats.add(format);
    }
    return formats;
  }

  /** The JSON Schema structured output must follow, or null. */
  static JsonNode jsonSchema(ObjectNode request) {
    if ("application/json".equals(request.path("response_mime_type").asString(""))) {
      JsonNode bare = request.get("response_format");
      if (bare != null && bare.isObject()) {
        return bare;
      }
    }
    for (JsonNode format : responseFormats(request)) {
      if ("text".equals(format.path("type").asString("")) && format.has("schema")) {
        return format.get("schema");
      }
    }
    return null;
  }

  /**
   * The input as steps: a string or content becomes one {@code user_input} step; a list of steps
   * is kept as sent.
   */
  static List<ObjectNode> inputSteps(JsonNode input) throws ApiFailure {
    List<ObjectNode> steps = new ArrayList<>();
    if (input == null || input.isNull()) {
      return steps;
    }
    ObjectNode userInput = NODES.objectNode();
    userInput.put("type", "user_input");
    var content = userInput.putArray("content");
    if (input.isString()) {
      content.add(ScriptedModel.textContent(input.asString()));
    } else if (input.isObject()) {
      content.add(input.deepCopy());
    } else if (input.isArray()) {
      for (JsonNode item : input) {
        if (!item.isObject() || !item.has("type")) {
          throw ApiFailure.invalid("Invalid input: every item of 'input' needs a 'type'");
        }
        if (isContentType(item.get("type").asString(""))) {
          content.add(item.deepCopy());
        } else {
          steps.add((ObjectNode) item.deepCopy());
        }
      }
      if (!steps.isEmpty() && !content.isEmpty()) {
        throw ApiFailure.invalid("Invalid input: mix of content and steps");
      }
    } else {
      throw ApiFailure.invalid("Invalid input: 'input' must be a string, an object or a list");
    }
    if (steps.isEmpty()) {
      steps.add(userInput);
    }
    return steps;
  }

  private static boolean isContentType(String type) {
    return switch (type) {
      case "text", "image", "audio", "video", "document" -> true;
      default -> false;
    };
  }
}
