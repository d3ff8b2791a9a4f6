package dev.interactions4j.simulator;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The server-sent events of an interaction, in the recorded order: created, status update, then
 * per step start, deltas and stop, then completed (without steps). Each carries an event id.
 */
final class SseEvents {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int WORDS_PER_DELTA = 3;

  /** Events before the first step: {@code interaction.created} and {@code interaction.status_update}. */
  static final int HEADER_EVENTS = 2;

  private final Ids ids;
  private final String turnId;
  private final List<Turn.SseEvent> events = new ArrayList<>();

  private SseEvents(Ids ids, String turnId) {
    this.ids = ids;
    this.turnId = turnId;
  }

  /** The turn's events; a stored turn's event ids are the same each time. */
  static List<Turn.SseEvent> of(Turn turn, Ids ids) {
    SseEvents out = new SseEvents(ids, turn.id);
    out.build(turn);
    return List.copyOf(out.events);
  }

  private void build(Turn turn) {
    ObjectNode header = turn.toJson(false, false);
    header.put("status", "in_progress");
    header.remove("usage");
    header.remove("created");
    header.remove("updated");
    header.remove("previous_interaction_id");
    if (turn.id == null) {
      header.put("id", "");
    }
    add("interaction.created", event -> event.set("interaction", header));
    add("interaction.status_update", event -> {
      event.put("interaction_id", turn.id == null ? "" : turn.id);
      event.put("status", "in_progress");
    });
    List<ObjectNode> steps = turn.outputSteps;
    for (int index = 0; index < steps.size(); index++) {
      step(index, steps.get(index), turn.usage);
    }
    ObjectNode done = turn.toJson(false, false);
    if (turn.id == null) {
      done.put("id", "");
    }
    add("interaction.completed", event -> event.set("interaction", done));
  }

  private void step(int index, ObjectNode step, ObjectNode usage) {
    String type = step.path("type").asString("");
    ObjectNode start = NODES.objectNode();
    start.put("type", type);
    if (type.equals("function_call")) {
      start.put("id", step.path("id").asString(""));
      start.put("signature", "");
      start.put("name", step.path("name").asString(""));
      start.putObject("arguments");
    } else if (type.equals("model_output") && step.has("error")) {
      start.set("error", step.get("error").deepCopy());
    } else if (!type.equals("model_output") && !type.equals("thought")) {
      // Tool steps start with their ids and an empty signature; one delta of their type brings the rest.
      for (String fixed : List.of("id", "call_id", "name", "server_name", "search_type")) {
        if (step.has(fixed)) {
          start.set(fixed, step.get(fixed).deepCopy());
        }
      }
      if (step.has("signature")) {
        start.put("signature", "");
      }
      // Google's SDK requires arguments and result at the start: empty there, whole in the delta.
      if (step.has("arguments")) {
        start.putObject("arguments");
      }
      JsonNode result = step.get("result");
      if (result != null && !type.equals("file_search_result")) { // its step class has no result
        start.set("result", result.isArray() ? NODES.arrayNode() : result.isObject() ? NODES.objectNode() : NODES.stringNode(""));
      }
    }
    add("step.start", event -> event.put("index", index).set("step", start));
    if (type.equals("function_call")) {
      for (String chunk : chunks(step.path("arguments").toString(), 3)) {
        delta(index, "arguments_delta", "arguments", NODES.stringNode(chunk));
      }
    } else if (type.equals("thought")) {
      if (step.has("signature")) {
        delta(index, "thought_signature", "signature", step.get("signature"));
      }
      for (JsonNode content : step.path("summary")) {
        delta(index, "thought_summary", "content", content);
      }
    } else if (type.equals("model_output")) {
      content(index, step);
    } else {
      ObjectNode delta = step.deepCopy();
      delta.remove("id");
      delta.remove("call_id");
      delta.remove("search_type"); // a step field only
      delta.remove("type");
      ObjectNode typed = NODES.objectNode().put("type", type);
      typed.setAll(delta);
      add("step.delta", event -> event.put("index", index).set("delta", typed));
    }
    add("step.stop", event -> {
      event.put("index", index);
      event.set("usage", usage.deepCopy());
      event.set("step_usage", UsageReport.ofStep(step));
    });
  }

  private void content(int index, ObjectNode step) {
    for (JsonNode content : step.path("content")) {
      String kind = content.path("type").asString("");
      if (kind.equals("text")) {
        for (String chunk : words(content.path("text").asString(""))) {
          delta(index, "text", "text", NODES.stringNode(chunk));
        }
        if (content.has("annotations")) {
          delta(index, "text_annotation_delta", "annotations", content.get("annotations"));
        }
      } else {
        ObjectNode delta = ((ObjectNode) content).deepCopy();
        add("step.delta", event -> event.put("index", index).set("delta", delta));
      }
    }
  }

  private void delta(int index, String type, String field, JsonNode value) {
    ObjectNode delta = NODES.objectNode();
    delta.put("type", type);
    delta.set(field, value.deepCopy());
    add("step.delta", event -> event.put("index", index).set("delta", delta));
  }

  private void add(String type, java.util.function.Consumer<ObjectNode> body) {
    ObjectNode event = NODES.objectNode();
    body.accept(event);
    String id = turnId == null ? ids.eventId() : ids.eventId(turnId, events.size());
    event.put("event_id", id);
    event.put("event_type", type);
    events.add(new Turn.SseEvent(id, type, event.toString()));
  }

  /** Text split after every few words, spaces kept, so the chunks join back exactly. */
  static List<String> words(String text) {
    List<String> chunks = new ArrayList<>();
    int start = 0;
    int words = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ' ' && ++words % WORDS_PER_DELTA == 0) {
        chunks.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length() || chunks.isEmpty()) {
      chunks.add(text.substring(start));
    }
    return chunks;
  }

  private static List<String> chunks(String text, int parts) {
    List<String> chunks = new ArrayList<>();
    int size = Math.max(1, (text.length() + parts - 1) / parts);
    for (int i = 0; i < text.length(); i += size) {
      chunks.add(text.substring(i, Math.min(text.length(), i + size)));
    }
    return chunks;
  }
}
