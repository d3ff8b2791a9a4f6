package dev.interactions4j.wire;

import static dev.interactions4j.wire.Trees.asObject;
import static dev.interactions4j.wire.Trees.bool;
import static dev.interactions4j.wire.Trees.field;
import static dev.interactions4j.wire.Trees.list;
import static dev.interactions4j.wire.Trees.newObject;
import static dev.interactions4j.wire.Trees.object;
import static dev.interactions4j.wire.Trees.put;
import static dev.interactions4j.wire.Trees.putList;
import static dev.interactions4j.wire.Trees.putStrings;
import static dev.interactions4j.wire.Trees.string;
import static dev.interactions4j.wire.Trees.strings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes {@link InteractionRequest}s, the create bodies. */
final class RequestCodec {
  private static final Set<String> MODELLED = Set.of("model", "agent", "agent_config", "input",
      "system_instruction", "tools", "generation_config", "response_format", "response_mime_type",
      "response_modalities", "previous_interaction_id", "store", "background", "stream",
      "continuation_token");

  private RequestCodec() {}

  static ObjectNode write(InteractionRequest request) {
    ObjectNode json = newObject();
    put(json, "model", request.model());
    put(json, "agent", request.agent());
    put(json, "agent_config", request.agentConfig());
    if (request.input() != null) {
      json.set("input", writeInput(request.input()));
    }
    put(json, "system_instruction", request.systemInstruction());
    putList(json, "tools", request.tools(), ToolCodec::writeTool);
    if (request.generationConfig() != null) {
      json.set("generation_config", ToolCodec.writeConfig(request.generationConfig()));
    }
    List<ResponseFormat> formats = request.responseFormats();
    if (formats.size() == 1) {
      json.set("response_format", ToolCodec.writeFormat(formats.get(0)));
    } else {
      putList(json, "response_format", formats, ToolCodec::writeFormat);
    }
    put(json, "response_mime_type", request.responseMimeType());
    putStrings(json, "response_modalities", request.responseModalities());
    put(json, "previous_interaction_id", request.previousInteractionId());
    put(json, "store", request.store());
    put(json, "background", request.background());
    put(json, "stream", request.stream());
    put(json, "continuation_token", request.continuationToken());
    request.passThrough().forEach((name, value) -> json.set(name, value.deepCopy()));
    return json;
  }

  private static JsonNode writeInput(Input input) {
    if (input instanceof Input.TextInput text) {
      return Trees.NODES.stringNode(text.text());
    }
    ArrayNode array = Trees.NODES.arrayNode();
    if (input instanceof Input.ContentInput content) {
      content.content().forEach(item -> array.add(ContentCodec.write(item)));
    } else if (input instanceof Input.StepsInput steps) {
      steps.steps().forEach(item -> array.add(StepCodec.write(item)));
    }
    return array;
  }

  static InteractionRequest read(ObjectNode json) {
    Map<String, JsonNode> passThrough = new LinkedHashMap<>();
    for (String name : json.propertyNames()) {
      if (!MODELLED.contains(name)) {
        passThrough.put(name, json.get(name).deepCopy());
      }
    }
    ObjectNode agentConfig = object(json, "agent_config");
    return new InteractionRequest(string(json, "model"), string(json, "agent"),
        agentConfig == null ? null : agentConfig.deepCopy(), readInput(field(json, "input")),
        string(json, "system_instruction"), list(json, "tools", ToolCodec::readTool),
        ToolCodec.readConfig(object(json, "generation_config")), readFormats(field(json, "response_format")),
        string(json, "response_mime_type"), strings(json, "response_modalities"),
        string(json, "previous_interaction_id"), bool(json, "store"), bool(json, "background"),
        bool(json, "stream"), string(json, "continuation_token"), passThrough);
  }

  private static List<ResponseFormat> readFormats(JsonNode node) {
    if (node == null) {
      return List.of();
    }
    if (node instanceof ArrayNode array) {
      List<ResponseFormat> formats = new ArrayList<>();
      array.forEach(item -> formats.add(ToolCodec.readFormat(item)));
      return formats;
    }
    return List.of(ToolCodec.readFormat(node));
  }

  private static Input readInput(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isString()) {
      return Input.text(node.stringValue());
    }
    if (node instanceof ObjectNode content) {
      return Input.of(ContentCodec.read(content));
    }
    if (!(node instanceof ArrayNode array)) {
      throw new Trees.ShapeException("'input' must be a string, an object or a list but is " + Trees.kind(node));
    }
    if (array.isEmpty() || !isStepType(asObject(array.get(0), "input item"))) {
      List<Content> content = new ArrayList<>();
      array.forEach(item -> content.add(ContentCodec.read(item)));
      return Input.content(content);
    }
    List<Step> steps = new ArrayList<>();
    array.forEach(item -> steps.add(StepCodec.read(item)));
    return Input.steps(steps);
  }

  private static boolean isStepType(ObjectNode item) {
    String type = Trees.type(item, "input item");
    return !Set.of("text", "image", "audio", "video", "document").contains(type);
  }
}
