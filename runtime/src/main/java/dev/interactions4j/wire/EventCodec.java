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
        yield new StreamEvent.StepStop(eventId, totalUsage, index(json),
            usage == null ? null : InteractionCodec.readUsage(usage));
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

  static Delta readDelta(ObjectNode json) {
    String type = type(json, "delta");
    return switch (type) {
      case "text" -> new Delta.Text(string(json, "text"));
      case "thought_signature" -> new Delta.ThoughtSignature(string(json, "signature"));
      case "thought_summary" -> {
        ObjectNode content = object(json, "content");
        yield new Delta.ThoughtSummary(content == null ? null : ContentCodec.read(content));
      }
      case "text_annotation_delta" -> new Delta.Annotations(list(json, "annotations", ContentCodec::readAnnotation));
      case "arguments_delta" -> new Delta.Arguments(argumentsChunk(json));
      case "image" -> new Delta.Image(string(json, "mime_type"), string(json, "data"));
      default -> new Delta.Unknown(type, json.deepCopy());
    };
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
    } else if (delta instanceof Delta.Image image) {
      put(json, "mime_type", image.mimeType());
      put(json, "data", image.data());
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
