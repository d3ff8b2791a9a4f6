package dev.interactions4j.wire;

import static dev.interactions4j.wire.Trees.asObject;
import static dev.interactions4j.wire.Trees.field;
import static dev.interactions4j.wire.Trees.integer;
import static dev.interactions4j.wire.Trees.list;
import static dev.interactions4j.wire.Trees.newObject;
import static dev.interactions4j.wire.Trees.object;
import static dev.interactions4j.wire.Trees.put;
import static dev.interactions4j.wire.Trees.putList;
import static dev.interactions4j.wire.Trees.string;
import static dev.interactions4j.wire.Trees.type;

import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes {@link StreamEvent}s and {@link Delta}s. */
final class EventCodec {
  private EventCodec() {}

  /** Reads an event; the SSE {@code event:} line names the type when the JSON does not. */
  static StreamEvent read(String sseEventType, ObjectNode json) {
    String eventType = string(json, "event_type");
    if (eventType == null) {
      eventType = sseEventType;
    }
    String eventId = string(json, "event_id");
    ObjectNode metadata = object(json, "metadata");
    Usage totalUsage = metadata == null || object(metadata, "total_usage") == null
        ? null : InteractionCodec.readUsage(object(metadata, "total_usage"));
    String type = eventType == null ? "" : eventType;
    return switch (type) {
      case "interaction.created" -> new StreamEvent.Created(eventId, totalUsage, interaction(json));
      case "interaction.status_update" -> {
        String status = string(json, "status");
        yield new StreamEvent.StatusUpdate(eventId, totalUsage, string(json, "interaction_id"),
            status == null ? null : new InteractionStatus(status));
      }
      case "step.start" -> new StreamEvent.StepStart(eventId, totalUsage, index(json),
          StepCodec.read(required(json, "step")));
      case "step.delta" -> new StreamEvent.StepDelta(eventId, totalUsage, index(json),
          readDelta(required(json, "delta")));
      case "step.stop" -> {
        ObjectNode usage = object(json, "usage");
        ObjectNode stepUsage = object(json, "step_usage");
        yield new StreamEvent.StepStop(eventId, totalUsage, index(json),
            usage == null ? null : InteractionCodec.readUsage(usage),
            stepUsage == null ? null : InteractionCodec.readUsage(stepUsage));
      }
      case "interaction.completed" -> new StreamEvent.Completed(eventId, totalUsage, interaction(json));
      case "error" -> new StreamEvent.Error(eventId, totalUsage,
          InteractionCodec.readApiError(required(json, "error")));
      default -> new StreamEvent.Unknown(eventId, totalUsage, type, json.deepCopy());
    };
  }

  private static Interaction interaction(ObjectNode json) {
    return InteractionCodec.read(required(json, "interaction"));
  }

  private static ObjectNode required(ObjectNode json, String name) {
    ObjectNode value = object(json, name);
    if (value == null) {
      throw new Trees.ShapeException("event has no '" + name + "'");
    }
    return value;
  }

  private static int index(ObjectNode json) {
    Integer index = integer(json, "index");
    if (index == null) {
      throw new Trees.ShapeException("event has no 'index'");
    }
    return index;
  }

  /** Delta types that carry a tool step's fields, merged into the step they belong to. */
  private static final Set<String> STEP_FIELDS = Set.of("google_search_call", "google_search_result",
      "code_execution_call", "code_execution_result", "url_context_call", "url_context_result",
      "mcp_server_tool_call", "mcp_server_tool_result", "file_search_call", "file_search_result",
      "google_maps_call", "google_maps_result", "function_result", "retrieval_call", "retrieval_result",
      "processing_call", "processing_result");

  static Delta readDelta(ObjectNode json) {
    String type = deltaType(json);
    return switch (type) {
      case "text" -> new Delta.Text(string(json, "text"));
      case "thought_signature" -> new Delta.ThoughtSignature(string(json, "signature"));
      case "thought_summary" -> {
        ObjectNode content = object(json, "content");
        yield new Delta.ThoughtSummary(content == null ? null : ContentCodec.read(withTextType(content)));
      }
      case "text_annotation_delta" -> new Delta.Annotations(list(json, "annotations", ContentCodec::readAnnotation));
      case "arguments_delta" -> new Delta.Arguments(argumentsChunk(json));
      case "image", "audio", "video", "document" -> new Delta.Media(ContentCodec.read(json));
      default -> {
        if (STEP_FIELDS.contains(type)) {
          ObjectNode fields = json.deepCopy();
          fields.remove("type");
          yield new Delta.StepFields(type, fields);
        }
        yield new Delta.Unknown(type, json.deepCopy());
      }
    };
  }

  /**
   * The delta's {@code type}, or, when it has none (Google's documented deep-research stream sends
   * such deltas), the one its fields leave no doubt about: {@code text} for a lone text,
   * {@code thought_summary} for a content, {@code text_annotation_delta} for annotations.
   */
  private static String deltaType(ObjectNode json) {
    if (field(json, "type") != null) {
      return type(json, "delta");
    }
    if (json.size() == 1 && string(json, "text") != null) {
      return "text";
    }
    if (json.size() == 1 && object(json, "content") != null) {
      return "thought_summary";
    }
    if (json.size() == 1 && field(json, "annotations") != null) {
      return "text_annotation_delta";
    }
    return type(json, "delta");
  }

  // A summary content without a type is text when it holds nothing but text.
  private static ObjectNode withTextType(ObjectNode content) {
    if (field(content, "type") != null || string(content, "text") == null) {
      return content;
    }
    ObjectNode typed = newObject();
    typed.put("type", "text");
    typed.setAll(content);
    return typed;
  }

  // The chunk is JSON text; tolerate an object too, since some tool deltas send one whole.
  private static String argumentsChunk(ObjectNode json) {
    var value = field(json, "arguments");
    if (value == null) {
      return "";
    }
    return value.isString() ? value.stringValue() : TreeJson.toJson(value);
  }

  static ObjectNode writeDelta(Delta delta) {
    if (delta instanceof Delta.Unknown unknown) {
      return unknown.raw().deepCopy();
    }
    ObjectNode json = newObject();
    json.put("type", delta.type());
    if (delta instanceof Delta.Text text) {
      put(json, "text", text.text());
    } else if (delta instanceof Delta.ThoughtSignature signature) {
      put(json, "signature", signature.signature());
    } else if (delta instanceof Delta.ThoughtSummary summary && summary.content() != null) {
      json.set("content", ContentCodec.write(summary.content()));
    } else if (delta instanceof Delta.Annotations annotations) {
      putList(json, "annotations", annotations.annotations(), ContentCodec::writeAnnotation);
    } else if (delta instanceof Delta.Arguments arguments) {
      put(json, "arguments", arguments.arguments());
    } else if (delta instanceof Delta.Media media) {
      return ContentCodec.write(media.content());
    } else if (delta instanceof Delta.StepFields fields) {
      json.setAll(fields.fields().deepCopy());
    }
    return json;
  }

  static ObjectNode write(StreamEvent event) {
    if (event instanceof StreamEvent.Unknown unknown) {
      return unknown.raw().deepCopy();
    }
    ObjectNode json = newObject();
    if (event instanceof StreamEvent.Created created) {
      json.set("interaction", InteractionCodec.write(created.interaction()));
    } else if (event instanceof StreamEvent.StatusUpdate update) {
      put(json, "interaction_id", update.interactionId());
      put(json, "status", update.status() == null ? null : update.status().value());
    } else if (event instanceof StreamEvent.StepStart start) {
      json.put("index", start.index());
      json.set("step", StepCodec.write(start.step()));
    } else if (event instanceof StreamEvent.StepDelta delta) {
      json.put("index", delta.index());
      json.set("delta", writeDelta(delta.delta()));
    } else if (event instanceof StreamEvent.StepStop stop) {
      json.put("index", stop.index());
      put(json, "usage", stop.usage() == null ? null : InteractionCodec.writeUsage(stop.usage()));
      put(json, "step_usage", stop.stepUsage() == null ? null : InteractionCodec.writeUsage(stop.stepUsage()));
    } else if (event instanceof StreamEvent.Completed completed) {
      json.set("interaction", InteractionCodec.write(completed.interaction()));
    } else if (event instanceof StreamEvent.Error error) {
      ObjectNode body = json.putObject("error");
      put(body, "code", error.error().code());
      put(body, "message", error.error().message());
      put(body, "status", error.error().status());
    }
    if (event.totalUsage() != null) {
      json.putObject("metadata").set("total_usage", InteractionCodec.writeUsage(event.totalUsage()));
    }
    put(json, "event_id", event.eventId());
    json.put("event_type", event.eventType());
    return json;
  }

  static ObjectNode asEventObject(tools.jackson.databind.JsonNode node) {
    return asObject(node, "event");
  }
}
