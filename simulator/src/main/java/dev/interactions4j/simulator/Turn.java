package dev.interactions4j.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** One stored interaction: its request, its steps and the conversation state it leaves behind. */
final class Turn {
  final String id;
  final String chain;
  final ObjectNode request;
  final String previousId;
  final String created;
  final List<ObjectNode> inputSteps;
  /** Facts the conversation knows after this turn ("name" → "Ada"). */
  final Map<String, String> facts = new LinkedHashMap<>();
  /** Pending function calls by call id → function name. */
  final Map<String, String> pendingCalls = new LinkedHashMap<>();

  /** The user's last words in this conversation (function-result turns keep the asking turn's). */
  volatile String userText = "";
  volatile String status;
  volatile String updated;
  volatile List<ObjectNode> outputSteps = List.of();
  volatile ObjectNode usage;
  volatile String outputText;
  volatile ObjectNode outputImage;
  /** The environment an agent or model ran in ({@code environment_id}), or null. */
  volatile String environmentId;
  /** With status {@code requires_continuation}: the token that continues the answer. */
  volatile String continuationToken;
  /** With status {@code requires_continuation}: the whole answer the hops are cut from. */
  volatile Outcome continues;
  /** Tokens of the whole context after this turn: what the next turn's history costs. */
  volatile int contextTokens;
  /** Background work: when it completes (epoch millis), and the outcome it reveals then. */
  volatile long completesAt;
  volatile Outcome pending;

  Turn(String id, String chain, ObjectNode request, String previousId, String created, List<ObjectNode> inputSteps) {
    this.id = id;
    this.chain = chain;
    this.request = request;
    this.previousId = previousId;
    this.created = created;
    this.updated = created;
    this.inputSteps = List.copyOf(inputSteps);
  }

  /**
   * What the model produced for a turn.
   *
   * @param status the status
   * @param steps the output steps
   * @param text the output text, or null
   * @param image the output image content, or null
   * @param outputTokens tokens of the output
   */
  /** @param image the output media ({@code output_image}, {@code output_audio}), or null */
  record Outcome(String status, List<ObjectNode> steps, String text, ObjectNode image, int outputTokens) {}

  /** A server-sent event with its id. */
  record SseEvent(String id, String type, String json) {}

  void apply(Outcome outcome) {
    status = outcome.status();
    outputSteps = List.copyOf(outcome.steps());
    outputText = outcome.text();
    outputImage = outcome.image();
    pendingCalls.clear();
    for (ObjectNode step : outcome.steps()) {
      if ("function_call".equals(step.path("type").asString(""))) {
        pendingCalls.put(step.get("id").asString(), step.get("name").asString());
      }
    }
  }

  /** The interaction as the API answers it; {@code withInput} for a get (the whole timeline). */
  ObjectNode toJson(boolean withInput, boolean withSteps) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode json = nodes.objectNode();
    if (id != null) {
      json.put("id", id);
    }
    json.put("status", status);
    if (usage != null) {
      json.set("usage", usage.deepCopy());
    }
    json.put("created", created);
    json.put("updated", updated);
    json.put("service_tier", request.path("service_tier").asString("standard"));
    if (environmentId != null) {
      json.put("environment_id", environmentId);
    }
    if (continuationToken != null) {
      json.put("continuation_token", continuationToken);
    }
    if (withSteps) {
      ArrayNode steps = json.putArray("steps");
      if (withInput) {
        inputSteps.forEach(step -> steps.add(step.deepCopy()));
      }
      outputSteps.forEach(step -> steps.add(step.deepCopy()));
    }
    json.put("object", "interaction");
    JsonNode model = request.get("model");
    if (model != null) {
      json.set("model", model.deepCopy());
    } else {
      json.set("agent", request.get("agent").deepCopy());
    }
    if (previousId != null) {
      json.put("previous_interaction_id", previousId);
    }
    if (withSteps && outputText != null) {
      json.put("output_text", outputText);
    }
    if (withSteps && outputImage != null) {
      json.set("output_" + outputImage.path("type").asString("image"), outputImage);
    }
    return json;
  }

  List<String> pendingCallIds() {
    return new ArrayList<>(pendingCalls.keySet());
  }
}
